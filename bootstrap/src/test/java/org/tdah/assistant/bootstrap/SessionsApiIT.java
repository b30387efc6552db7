package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/** Sessions over HTTP: listing, ending one or the others, and the limit of five per account. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionsApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";

    private final ApiClient api = TestApplication.api(APP);

    private static String newEmail() {
        return "sessions-" + UUID.randomUUID() + "@example.org";
    }

    private void register(String email) {
        assertThat(api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Sam"))
                .status()).isEqualTo(201);
    }

    private String logIn(String email, String userAgent) {
        return api.send(api.request("/api/v1/auth/login").header("Content-Type", "application/json")
                        .header("User-Agent", userAgent)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")))
                .json().get("accessToken").asText();
    }

    private ApiClient.Reply delete(String path, String token) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token).DELETE());
    }

    @Test
    void the_caller_sees_their_sessions_with_devices_and_the_current_one_marked() {
        String email = newEmail();
        register(email);
        logIn(email, "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0");
        String phone = logIn(email, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1) Version/18.1 Safari/604.1");

        JsonNode sessions = api.getWithToken("/api/v1/sessions", phone).json().get("items");

        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).get("device").asText()).isEqualTo("Firefox on Linux");
        assertThat(sessions.get(0).get("current").asBoolean()).isFalse();
        assertThat(sessions.get(1).get("device").asText()).isEqualTo("Safari on iPhone");
        assertThat(sessions.get(1).get("current").asBoolean()).isTrue();
        assertThat(sessions.get(1).get("ipAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(sessions.get(1).has("createdAt")).isTrue();
    }

    @Test
    void the_sixth_login_ends_the_oldest_session_and_the_owner_is_told_by_email() {
        String email = newEmail();
        register(email);
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            tokens.add(logIn(email, "device-" + i));
        }

        assertThat(api.getWithToken("/api/v1/users/me", tokens.get(0)).status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/v1/users/me", tokens.get(1)).status()).isEqualTo(200);
        JsonNode sessions = api.getWithToken("/api/v1/sessions", tokens.get(5)).json().get("items");
        assertThat(sessions).hasSize(5);
        assertThat(sessions.findValuesAsText("device")).containsExactly("device-2", "device-3", "device-4", "device-5", "device-6");
        assertThat(Mailboxes.awaitEmail(MAIL, email, "A new login ended an older one", 1).body())
                .contains("device-6").contains("device-1");
    }

    @Test
    void ending_a_session_takes_effect_on_the_next_request_and_another_accounts_session_is_not_found() {
        String email = newEmail();
        register(email);
        String laptop = logIn(email, "laptop");
        String phone = logIn(email, "phone");
        String stranger = newEmail();
        register(stranger);
        String strangersToken = logIn(stranger, "stranger");
        String strangersSession = api.getWithToken("/api/v1/sessions", strangersToken).json().get("items").get(0).get("id").asText();
        String phoneSession = api.getWithToken("/api/v1/sessions", laptop).json().get("items").get(1).get("id").asText();

        ApiClient.Reply someoneElses = delete("/api/v1/sessions/" + strangersSession, laptop);
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(someoneElses.json().get("type").asText()).endsWith("/not-found");
        assertThat(api.getWithToken("/api/v1/users/me", strangersToken).status()).isEqualTo(200);

        assertThat(delete("/api/v1/sessions/" + phoneSession, laptop).status()).isEqualTo(204);
        assertThat(api.getWithToken("/api/v1/users/me", phone).status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/v1/users/me", laptop).status()).isEqualTo(200);
    }

    @Test
    void ending_all_other_sessions_keeps_the_current_one() {
        String email = newEmail();
        register(email);
        String laptop = logIn(email, "laptop");
        String phone = logIn(email, "phone");
        String tablet = logIn(email, "tablet");

        assertThat(delete("/api/v1/sessions", tablet).status()).isEqualTo(204);

        assertThat(api.getWithToken("/api/v1/users/me", laptop).status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/v1/users/me", phone).status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/v1/sessions", tablet).json().get("items")).hasSize(1);
    }

    @Test
    void sessions_need_authentication() {
        assertThat(api.get("/api/v1/sessions").status()).isEqualTo(401);
        assertThat(api.send(api.request("/api/v1/sessions").DELETE()).status()).isEqualTo(401);
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }
}
