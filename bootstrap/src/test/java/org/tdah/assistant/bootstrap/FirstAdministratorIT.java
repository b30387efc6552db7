package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/** The first administrator, created at start from ASSISTANT_ADMIN_EMAIL and ASSISTANT_ADMIN_PASSWORD. */
@ExtendWith(DropwizardExtensionsSupport.class)
class FirstAdministratorIT {
    private static final String EMAIL = "root@example.org";
    private static final String PASSWORD = "an operator's long passphrase";
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL,
            Map.of("administrator.email", EMAIL, "administrator.password", PASSWORD));

    private final ApiClient api = TestApplication.api(APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void the_administrator_of_the_settings_logs_in_verified_and_holding_the_role() {
        ApiClient.Reply login = api.postJson("/api/v1/auth/login", Map.of("email", EMAIL, "password", PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        JsonNode me = api.getWithToken("/api/v1/users/me", login.json().get("accessToken").asText()).json();
        assertThat(me.get("emailVerified").asBoolean()).isTrue();
        List<String> roles = new ArrayList<>();
        me.get("roles").forEach(role -> roles.add(role.asText()));
        assertThat(roles).containsExactlyInAnyOrder("user", "administrator");
        assertThat(me.get("permissions").toString()).contains("user:manage");
    }

    @Test
    void its_creation_is_in_the_audit_trail_and_the_configuration_never_prints_the_password() {
        People people = new People(api, APP);
        People.Person other = people.administrator();
        String id = api.getWithToken("/api/v1/admin/users?q=" + EMAIL, other.token()).json()
                .get("items").get(0).get("id").asText();

        JsonNode entries = api.getWithToken("/api/v1/admin/audit?category=administration&subject=" + id,
                other.token()).json().get("items");

        assertThat(entries.findValuesAsText("action")).containsExactly("administrator-created");
        assertThat(APP.getConfiguration().administrator.toString()).doesNotContain(PASSWORD);
    }
}
