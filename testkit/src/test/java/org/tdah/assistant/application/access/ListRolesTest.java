package org.tdah.assistant.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.access.InMemoryRolePermissions;

class ListRolesTest {
    private final InMemoryCore fixture = new InMemoryCore();

    @Test
    void roles_come_least_privileged_first_and_each_includes_those_below_it() {
        List<ListRoles.RoleView> roles = fixture.core.access().listRoles().list();

        assertThat(roles).extracting(ListRoles.RoleView::role)
                .containsExactly(Role.USER, Role.PREMIUM, Role.ADMINISTRATOR);
        assertThat(roles.get(0).includes()).containsExactly(Role.USER);
        assertThat(roles.get(1).includes()).containsExactly(Role.USER, Role.PREMIUM);
        assertThat(roles.get(2).includes()).containsExactly(Role.USER, Role.PREMIUM, Role.ADMINISTRATOR);
    }

    @Test
    void each_role_has_its_own_permissions_and_those_of_every_role_below_it_sorted() {
        List<ListRoles.RoleView> roles = fixture.core.access().listRoles().list();

        assertThat(roles.get(0).permissions()).extracting(Permission::value).containsExactly(
                "conversation:read", "conversation:write", "phone-number:read", "profile:read", "profile:write",
                "reminder:read", "reminder:write", "sms-usage:read", "task:read", "task:write");
        assertThat(roles.get(1).permissions()).extracting(Permission::value)
                .containsAll(roles.get(0).permissions().stream().map(Permission::value).toList())
                .contains("phone-number:provision")
                .hasSize(11);
        assertThat(roles.get(2).permissions()).extracting(Permission::value)
                .contains("phone-number:provision", "user:manage", "audit:read", "job:read", "sms-usage:read-all",
                        "phone-number:manage-all", "sms-log:read")
                .hasSize(17)
                .isSorted();
    }

    @Test
    void the_permissions_are_read_from_storage_not_from_the_code() {
        var core = new AccessCore(new AccessCore.OutPorts(
                new InMemoryRolePermissions(Map.of(Role.USER, Set.of(new Permission("task:read")))),
                fixture.accountRoles, fixture.accounts, fixture.sessions, fixture.refreshTokens, fixture.secondFactors,
                fixture.totpCredentials, fixture.backupCodes, fixture.phones, fixture.securityEvents, fixture.outbox,
                fixture.transactions, fixture.ids, fixture.auditTrail, fixture.clock));

        assertThat(core.listRoles().list()).allSatisfy(role ->
                assertThat(role.permissions()).containsExactly(new Permission("task:read")));
    }
}
