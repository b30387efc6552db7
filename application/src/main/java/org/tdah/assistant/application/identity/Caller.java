package org.tdah.assistant.application.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * The authenticated account behind a request, its session, and when its owner last proved who
 * they are (for the recent authentication that sensitive changes need).
 */
public record Caller(AccountId accountId, SessionId session, Set<Role> roles, Instant authenticatedAt) {
    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        roles = Set.copyOf(roles);
    }
}
