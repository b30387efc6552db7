package org.tdah.assistant.application.access.port;

import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/** The roles each account holds; {@link Role#USER} always among them. */
public interface AccountRoles {

    /** The account's roles, or empty when there is no such account. */
    Optional<Set<Role>> of(AccountId account);

    /** Replaces the account's roles by {@code roles} (which hold USER); false when there is no such account. */
    boolean replace(AccountId account, Set<Role> roles);
}
