package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Concurrent refreshes of one refresh token over HTTP, on real PostgreSQL and Redis: within the
 * grace window they share one rotation and the session survives; a replay after it still revokes.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConcurrentRefreshIT {
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServersWithMovableClock(MAIL);

    private final ApiClient api = TestApplication.api(APP);

    private JsonNode registerAndLogIn() {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        assertThat(api.postJson("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Sam")).status()).isEqualTo(201);
        ApiClient.Reply login = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json();
    }

    private ApiClient.Reply refresh(String refreshToken) {
        return api.postJson("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private int me(JsonNode tokens) {
        return api.getWithToken("/api/v1/users/me", tokens.get("accessToken").asText()).status();
    }

    @Test
    void ten_parallel_refreshes_of_one_token_rotate_it_once_and_every_caller_gets_the_same_valid_pair() throws Exception {
        JsonNode login = registerAndLogIn();
        String presented = login.get("refreshToken").asText();
        ExecutorService callers = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            replies.add(callers.submit(() -> {
                start.await();
                return refresh(presented);
            }));
        }
        start.countDown();
        List<JsonNode> pairs = new ArrayList<>();
        for (Future<ApiClient.Reply> reply : replies) {
            ApiClient.Reply answer = reply.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            pairs.add(answer.json());
        }
        callers.shutdownNow();

        String newest = pairs.get(0).get("refreshToken").asText();
        assertThat(pairs).extracting(pair -> pair.get("refreshToken").asText()).containsOnly(newest);
        assertThat(newest).isNotEqualTo(presented);
        for (JsonNode pair : pairs) {
            assertThat(me(pair)).as("every caller's access token works").isEqualTo(200);
        }
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?", sessionOf(presented)))
                .as("one rotation: the login's token and one replacement").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE spent_at IS NOT NULL AND session_id = ?",
                sessionOf(presented))).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NOT NULL AND session_id = ?",
                sessionOf(presented))).as("the session survives").isZero();
        ApiClient.Reply next = refresh(newest);
        assertThat(next.status()).as("the shared new token rotates as usual").isEqualTo(200);
        assertThat(me(next.json())).isEqualTo(200);
    }

    @Test
    void a_refresh_replayed_after_the_grace_window_still_revokes_the_family_and_is_audited() {
        JsonNode login = registerAndLogIn();
        String presented = login.get("refreshToken").asText();
        JsonNode rotated = refresh(presented).json();
        ClockedAssistantApplication.CLOCK.advance(Duration.ofSeconds(11));

        ApiClient.Reply replay = refresh(presented);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("type").asText()).endsWith("/invalid-refresh-token");
        assertThat(refresh(rotated.get("refreshToken").asText()).status()).as("the family is revoked").isEqualTo(401);
        assertThat(me(rotated)).as("the session ended").isEqualTo(401);
        assertThat(count("""
                SELECT count(*) FROM audit_entries
                WHERE action = 'refresh-token-reuse-detected' AND subject_id = (
                    SELECT account_id FROM refresh_tokens WHERE session_id = ? LIMIT 1)""", sessionOf(presented)))
                .isEqualTo(1);
    }

    @Test
    void within_the_window_a_replay_gets_the_newest_token_without_logging_out() {
        JsonNode login = registerAndLogIn();
        String presented = login.get("refreshToken").asText();
        JsonNode first = refresh(presented).json();
        ClockedAssistantApplication.CLOCK.advance(Duration.ofSeconds(9));

        ApiClient.Reply again = refresh(presented);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("refreshToken").asText()).isEqualTo(first.get("refreshToken").asText());
        assertThat(me(first)).isEqualTo(200);
        assertThat(me(again.json())).isEqualTo(200);
    }

    private static String sessionOf(String refreshToken) {
        return query("SELECT session_id FROM refresh_tokens WHERE token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                refreshToken);
    }

    private static long count(String sql, String parameter) {
        return Long.parseLong(query(sql, parameter));
    }

    private static String query(String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(APP.getConfiguration().database.url);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }
}
