package org.tdah.assistant.testkit.access;

import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;

/**
 * The roles of the accounts held by an {@link InMemoryAccounts}, as PostgreSQL keeps them in the
 * accounts table; behaves as {@code AccountRolesContract} says.
 */
public final class InMemoryAccountRoles implements AccountRoles {
    private final InMemoryAccounts accounts;

    public InMemoryAccountRoles(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Set<Role>> of(AccountId account) {
        return accounts.withId(account).map(found -> found.roles());
    }

    @Override
    public boolean replace(AccountId account, Set<Role> roles) {
        return accounts.replaceRoles(account, roles);
    }
}
