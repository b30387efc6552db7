package org.tdah.assistant.application.access.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/** What every implementation of {@link AccountRoles} must do. */
public abstract class AccountRolesContract {
    private AccountRoles accountRoles;

    protected abstract AccountRoles newAccountRoles();

    /** A newly stored account, holding only the user role. */
    protected abstract AccountId anAccount();

    @BeforeEach
    void setUpAccountRoles() {
        accountRoles = newAccountRoles();
    }

    @Test
    void a_new_account_holds_the_user_role_only() {
        assertThat(accountRoles.of(anAccount())).contains(Set.of(Role.USER));
    }

    @Test
    void replacing_the_roles_sets_the_whole_set() {
        AccountId account = anAccount();

        assertThat(accountRoles.replace(account, Set.of(Role.USER, Role.ADMINISTRATOR))).isTrue();
        assertThat(accountRoles.of(account)).contains(Set.of(Role.USER, Role.ADMINISTRATOR));

        assertThat(accountRoles.replace(account, Set.of(Role.USER, Role.PREMIUM))).isTrue();
        assertThat(accountRoles.of(account)).contains(Set.of(Role.USER, Role.PREMIUM));
    }

    @Test
    void an_unknown_account_has_no_roles_and_none_can_be_set() {
        AccountId unknown = new AccountId(UUID.randomUUID().toString());

        assertThat(accountRoles.of(unknown)).isEmpty();
        assertThat(accountRoles.replace(unknown, Set.of(Role.USER, Role.PREMIUM))).isFalse();
    }
}
