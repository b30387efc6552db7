package org.tdah.assistant.application.shared;

import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * One text message to send, from one of our numbers ({@code from}), or from the platform's
 * number when none is named. The body may hold a one-time code: never log it.
 */
public record OutgoingSms(PhoneNumber to, String body, Optional<PhoneNumber> from) {
    public OutgoingSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(from, "from");
        if (body.isBlank()) {
            throw new IllegalArgumentException("an SMS has a body");
        }
    }

    /** From the platform's number. */
    public OutgoingSms(PhoneNumber to, String body) {
        this(to, body, Optional.empty());
    }

    /** From one of our numbers. */
    public static OutgoingSms from(PhoneNumber from, PhoneNumber to, String body) {
        return new OutgoingSms(to, body, Optional.of(from));
    }

    @Override
    public String toString() {
        return "OutgoingSms[to=" + to.masked() + from.map(number -> ", from=" + number).orElse("") + "]";
    }
}
