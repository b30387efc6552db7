package org.tdah.assistant.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.testkit.InMemoryCore;

class SetAccountRolesTest {
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "admin-console", "request-1");
    private final InMemoryCore fixture = new InMemoryCore();
    private final AccountId admin = account("admin", Role.USER, Role.ADMINISTRATOR);
    private final AccountId bob = account("bob", Role.USER);

    private AccountId account(String name, Role... roles) {
        AccountId id = new AccountId(name);
        fixture.accounts.add(Account.register(id, EmailAddress.parse(name + "@example.org"), DisplayName.parse(name),
                new PasswordHash("hash"), fixture.clock.instant()).withRoles(Set.of(roles)));
        return id;
    }

    private Caller callerOf(AccountId id) {
        return new Caller(id, new SessionId("session-of-" + id.value()),
                fixture.accounts.withId(id).orElseThrow().roles(), fixture.clock.instant());
    }

    private SetAccountRoles.Result set(Caller caller, AccountId target, String... roles) {
        return fixture.core.access().setAccountRoles().set(caller, target, List.of(roles), ORIGIN);
    }

    @Test
    void an_administrator_sets_the_whole_set_and_user_is_implied() {
        assertThat(set(callerOf(admin), bob, "premium"))
                .isEqualTo(new SetAccountRoles.Result.Changed(bob, Set.of(Role.USER, Role.PREMIUM)));
        assertThat(fixture.accountRoles.of(bob)).contains(Set.of(Role.USER, Role.PREMIUM));

        assertThat(set(callerOf(admin), bob)).isEqualTo(new SetAccountRoles.Result.Changed(bob, Set.of(Role.USER)));
        assertThat(fixture.accountRoles.of(bob)).contains(Set.of(Role.USER));
    }

    @Test
    void a_change_ends_every_session_of_the_account_so_it_applies_on_the_next_request() {
        Instant now = fixture.clock.instant();
        fixture.sessions.start(new Session(new SessionId("bob-1"), bob, now, now.plusSeconds(3600),
                Duration.ofMinutes(30), now, now, "phone", "203.0.113.7"));

        set(callerOf(admin), bob, "premium");

        assertThat(fixture.sessions.ofAccount(bob, now)).isEmpty();
    }

    @Test
    void the_effective_permissions_follow_the_new_roles() {
        set(callerOf(admin), bob, "premium");

        assertThat(fixture.core.access().effectivePermissions().of(fixture.accountRoles.of(bob).orElseThrow()))
                .contains(new Permission("phone-number:provision"))
                .doesNotContain(Permission.USER_MANAGE);
    }

    @Test
    void only_a_caller_allowed_to_manage_users_may_set_roles() {
        assertThat(set(callerOf(bob), admin, "premium")).isEqualTo(new SetAccountRoles.Result.NotAllowed());
        assertThat(fixture.accountRoles.of(admin)).contains(Set.of(Role.USER, Role.ADMINISTRATOR));
    }

    @Test
    void nobody_changes_their_own_roles() {
        assertThat(set(callerOf(admin), admin, "premium")).isEqualTo(new SetAccountRoles.Result.OwnRoles());
    }

    @Test
    void an_unknown_role_is_refused_and_nothing_changes() {
        assertThat(set(callerOf(admin), bob, "premium", "wizard"))
                .isEqualTo(new SetAccountRoles.Result.UnknownRole("wizard"));
        assertThat(fixture.accountRoles.of(bob)).contains(Set.of(Role.USER));
    }

    @Test
    void an_unknown_account_is_answered_as_such() {
        assertThat(set(callerOf(admin), new AccountId("nobody"), "premium"))
                .isEqualTo(new SetAccountRoles.Result.NoSuchAccount());
    }

    @Test
    void the_last_administrator_keeps_the_role_but_one_of_two_can_be_demoted() {
        // A caller whose token still says administrator although storage no longer does.
        Caller formerAdmin = callerOf(admin);
        AccountId carol = account("carol", Role.USER, Role.ADMINISTRATOR);
        fixture.accountRoles.replace(admin, Set.of(Role.USER));

        assertThat(set(formerAdmin, carol)).isEqualTo(new SetAccountRoles.Result.LastAdministrator());
        assertThat(fixture.accountRoles.of(carol)).contains(Set.of(Role.USER, Role.ADMINISTRATOR));

        fixture.accountRoles.replace(admin, Set.of(Role.USER, Role.ADMINISTRATOR));
        assertThat(set(callerOf(admin), carol)).isEqualTo(new SetAccountRoles.Result.Changed(carol, Set.of(Role.USER)));
    }

    @Test
    void a_change_is_audited_with_the_administrator_as_actor_and_no_change_is_not() {
        set(callerOf(admin), bob, "premium");
        set(callerOf(admin), bob, "premium");

        assertThat(fixture.securityEvents.ofAccount(bob, 10))
                .filteredOn(event -> event.type() == SecurityEventType.ROLES_CHANGED)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(admin);
                    assertThat(event.origin()).isEqualTo(ORIGIN);
                });
    }

    @Test
    void a_disabled_administrator_does_not_count_as_one_who_could_take_over() {
        AccountId carol = account("carol", Role.USER, Role.ADMINISTRATOR);
        fixture.accounts.disable(admin, fixture.clock.instant());

        assertThat(set(callerOf(admin), carol)).isEqualTo(new SetAccountRoles.Result.LastAdministrator());
    }
}
