package org.tdah.assistant.domain.sms;

/** Whether a text came to one of our numbers or went from one. */
public enum SmsDirection {
    INBOUND,
    OUTBOUND
}
