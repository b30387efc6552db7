package org.tdah.assistant.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.testkit.InMemoryCore;

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
}
