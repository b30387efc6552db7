package org.tdah.assistant.adapters.sms.emulator;

/**
 * An inbound text the emulator delivered to one of our numbers' SMS URL: the {@code MessageSid} it
 * had (to {@link TwilioApiEmulator#redeliver} it) and the HTTP status the application answered.
 */
public record InboundDelivery(String messageSid, int status) {
}
