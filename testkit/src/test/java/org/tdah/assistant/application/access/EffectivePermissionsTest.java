package org.tdah.assistant.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.testkit.access.InMemoryRolePermissions;

class EffectivePermissionsTest {
    private final List<Set<Role>> reads = new ArrayList<>();
    private final RolePermissions counted = new RolePermissions() {
        private final InMemoryRolePermissions grants = new InMemoryRolePermissions();

        @Override
        public Set<Permission> grantedTo(Set<Role> roles) {
            reads.add(Set.copyOf(roles));
            return grants.grantedTo(roles);
        }
    };
    private final EffectivePermissions permissions = new EffectivePermissions(counted);

    @Test
    void each_set_of_roles_is_read_from_the_grants_once_and_then_remembered() {
        Set<Permission> first = permissions.of(Set.of(Role.PREMIUM));
        Set<Permission> again = permissions.of(EnumSet.of(Role.PREMIUM));
        boolean allowed = permissions.allows(Set.of(Role.PREMIUM), new Permission("phone-number:provision"));

        assertThat(again).isEqualTo(first).contains(new Permission("phone-number:provision"));
        assertThat(allowed).isTrue();
        assertThat(reads).containsExactly(Set.of(Role.USER, Role.PREMIUM));
    }

    @Test
    void different_sets_of_roles_get_their_own_answers() {
        assertThat(permissions.allows(Set.of(Role.USER), new Permission("user:manage"))).isFalse();
        assertThat(permissions.allows(Set.of(Role.ADMINISTRATOR), new Permission("user:manage"))).isTrue();
        assertThat(permissions.of(Set.of())).isEmpty();

        assertThat(reads).hasSize(2);
    }

    @Test
    void a_remembered_answer_cannot_be_changed_by_a_caller() {
        var granted = permissions.of(Set.of(Role.USER));

        assertThatThrownBy(() -> granted.add(new Permission("user:manage")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(permissions.allows(Set.of(Role.USER), new Permission("user:manage"))).isFalse();
    }
}
