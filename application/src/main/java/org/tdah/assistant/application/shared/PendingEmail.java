package org.tdah.assistant.application.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * An email of the outbox that is due, with how many times sending it failed so far and the request
 * id of the work that queued it, which delivering it continues.
 */
public record PendingEmail(EmailMessage message, int failedAttempts, Optional<String> requestId) {
    public PendingEmail {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestId, "requestId");
    }
}
