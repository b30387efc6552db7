package org.tdah.assistant.application.sms;

import java.util.Objects;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * One text message to send, from the platform's number. The body may hold a one-time code: never
 * log it.
 */
public record OutgoingSms(PhoneNumber to, String body) {
    public OutgoingSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            throw new IllegalArgumentException("an SMS has a body");
        }
    }

    @Override
    public String toString() {
        return "OutgoingSms[to=" + to.masked() + "]";
    }
}
