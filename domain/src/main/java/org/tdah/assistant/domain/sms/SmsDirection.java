package org.tdah.assistant.domain.sms;

/** Which way a text went: received on our number ({@code INBOUND}) or sent from it ({@code OUTBOUND}). */
public enum SmsDirection {
    INBOUND,
    OUTBOUND
}
