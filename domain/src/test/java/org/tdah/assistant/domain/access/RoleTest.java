package org.tdah.assistant.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void each_role_includes_the_less_privileged_ones_and_not_the_more_privileged() {
        assertThat(Role.ADMINISTRATOR.includes(Role.PREMIUM)).isTrue();
        assertThat(Role.PREMIUM.includes(Role.USER)).isTrue();
        assertThat(Role.USER.includes(Role.USER)).isTrue();
        assertThat(Role.USER.includes(Role.PREMIUM)).isFalse();
        assertThat(Role.PREMIUM.includes(Role.ADMINISTRATOR)).isFalse();
    }
}
