package org.tdah.assistant.application.shared;

import java.util.Objects;

/** An email of the outbox that is due, with how many times sending it failed so far. */
public record PendingEmail(EmailMessage message, int failedAttempts) {
    public PendingEmail {
        Objects.requireNonNull(message, "message");
    }
}
