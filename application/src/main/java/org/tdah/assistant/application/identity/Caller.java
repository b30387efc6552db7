package org.tdah.assistant.application.identity;

import java.util.Objects;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/** The authenticated account behind a request, as its access token proves it. */
public record Caller(AccountId accountId, Set<Role> roles) {
    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        roles = Set.copyOf(roles);
    }
}
