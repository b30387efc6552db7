package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.testkit.InMemoryCore;

class FirstAdministratorTest {
    private final InMemoryCore fixture = new InMemoryCore();

    private static AssistantConfiguration.Administrator settings(String email, String password) {
        AssistantConfiguration.Administrator settings = new AssistantConfiguration.Administrator();
        settings.email = email;
        settings.password = password;
        return settings;
    }

    @Test
    void a_weak_password_stops_the_start_with_one_sentence_that_does_not_repeat_it() {
        assertThatThrownBy(() -> FirstAdministrator.ensure(settings("root@example.org", "hunter2"),
                fixture.core.identity().createFirstAdministrator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ASSISTANT_ADMIN_PASSWORD is refused by the password policy: ")
                .hasMessageNotContaining("hunter2");
        assertThat(fixture.accounts.all()).isEmpty();
    }

    @Test
    void a_malformed_address_stops_the_start() {
        assertThatThrownBy(() -> FirstAdministrator.ensure(settings("not an address", "an operator's long passphrase"),
                fixture.core.identity().createFirstAdministrator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ASSISTANT_ADMIN_EMAIL is not an email address.");
    }

    @Test
    void without_both_settings_nothing_is_created_and_with_them_once_only() {
        FirstAdministrator.ensure(settings("root@example.org", null), fixture.core.identity().createFirstAdministrator());
        assertThat(fixture.accounts.all()).isEmpty();

        for (int start = 0; start < 2; start++) {
            FirstAdministrator.ensure(settings("root@example.org", "an operator's long passphrase"),
                    fixture.core.identity().createFirstAdministrator());
        }

        assertThat(fixture.accounts.all()).singleElement().satisfies(account -> {
            assertThat(account.email()).isEqualTo(EmailAddress.parse("root@example.org"));
            assertThat(account.roles()).contains(Role.ADMINISTRATOR);
        });
    }
}
