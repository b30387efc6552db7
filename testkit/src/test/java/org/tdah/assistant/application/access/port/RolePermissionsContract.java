package org.tdah.assistant.application.access.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/** What every implementation of {@link RolePermissions} must do, holding the default grants. */
public abstract class RolePermissionsContract {
    private RolePermissions rolePermissions;

    protected abstract RolePermissions newRolePermissions();

    @BeforeEach
    void setUpRolePermissions() {
        rolePermissions = newRolePermissions();
    }

    @Test
    void each_role_is_granted_its_own_defaults_directly_and_nothing_it_inherits() {
        assertThat(rolePermissions.grantedTo(Set.of(Role.USER))).extracting(Permission::value).containsExactlyInAnyOrder(
                "conversation:read", "conversation:write", "task:read", "task:write",
                "reminder:read", "reminder:write", "sms-usage:read", "profile:read", "profile:write",
                "phone-number:read");
        assertThat(rolePermissions.grantedTo(Set.of(Role.PREMIUM))).extracting(Permission::value)
                .containsExactly("phone-number:provision");
        assertThat(rolePermissions.grantedTo(Set.of(Role.ADMINISTRATOR))).extracting(Permission::value)
                .containsExactlyInAnyOrder("user:manage", "audit:read", "job:read", "sms-usage:read-all",
                        "phone-number:manage-all", "sms-log:read");
    }

    @Test
    void several_roles_are_read_together_as_the_union_of_their_direct_grants() {
        assertThat(rolePermissions.grantedTo(Set.of(Role.PREMIUM, Role.ADMINISTRATOR))).extracting(Permission::value)
                .containsExactlyInAnyOrder("phone-number:provision", "user:manage", "audit:read", "job:read",
                        "sms-usage:read-all", "phone-number:manage-all", "sms-log:read");
        assertThat(rolePermissions.grantedTo(Set.of())).isEmpty();
    }
}
