package org.tdah.assistant.adapters.sms.emulator;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the Twilio API emulator accepted, as it was asked to send it. {@code from} is null when
 * the message went through a Messaging Service, {@code messagingServiceSid} and
 * {@code statusCallback} when none was given. The body is left out of {@link #toString()}: it may
 * hold a one-time code.
 */
public record SentMessage(
        String sid, String to, String from, String messagingServiceSid, String body, URI statusCallback, Instant at) {

    public SentMessage {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return "SentMessage[sid=" + sid + ", to=" + to + ", from=" + (from == null ? messagingServiceSid : from) + ", at=" + at + "]";
    }
}
