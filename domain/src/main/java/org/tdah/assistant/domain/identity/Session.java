package org.tdah.assistant.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** One login of an account, active until it expires or is ended (logout, password reset, reuse). */
public record Session(SessionId id, AccountId accountId, Instant createdAt, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session expires after it starts");
        }
    }
}
