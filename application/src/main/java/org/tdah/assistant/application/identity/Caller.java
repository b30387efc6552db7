package org.tdah.assistant.application.identity;

import java.util.Objects;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;

/** The authenticated account behind a request and its session, as its access token proves them. */
public record Caller(AccountId accountId, SessionId session, Set<Role> roles) {
    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(session, "session");
        roles = Set.copyOf(roles);
    }
}
