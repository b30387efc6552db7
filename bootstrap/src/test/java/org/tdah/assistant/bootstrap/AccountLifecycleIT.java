package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Every flow of the accounts issue over HTTP, on real PostgreSQL, Redis and SMTP: verification,
 * refresh rotation and reuse detection, logout, throttling and lockout, password reset and change,
 * an SMTP outage, and the audit trail.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountLifecycleIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final String NEW_PASSWORD = "a brand new orchard of lemons";
    private static final String VERIFY = "Confirm your email address";
    private static final String RESET = "Reset your password";

    private final ApiClient api = TestApplication.api(APP);

    private static String newEmail() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    private String register(String email) {
        ApiClient.Reply reply = api.postJson("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Sam"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private JsonNode logIn(String email, String password) {
        ApiClient.Reply reply = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private ApiClient.Reply refresh(String refreshToken) {
        return api.postJson("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private int me(JsonNode tokens) {
        return api.getWithToken("/api/v1/users/me", tokens.get("accessToken").asText()).status();
    }

    private ApiClient.Reply post(String path, JsonNode tokens, Object body) {
        return api.send(api.request(path)
                .header("Authorization", "Bearer " + tokens.get("accessToken").asText())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body == null ? "" : json(body))));
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_new_account_verifies_its_email_with_the_mailed_code_once() {
        String email = newEmail();
        register(email);
        JsonNode tokens = logIn(email, PASSWORD);
        assertThat(api.getWithToken("/api/v1/users/me", tokens.get("accessToken").asText())
                .json().get("emailVerified").asBoolean()).isFalse();

        String code = Mailboxes.awaitCode(MAIL, email, VERIFY, 1);
        assertThat(Mailboxes.awaitEmail(MAIL, email, VERIFY, 1).body()).contains("http://localhost:8080/verify-email?token=");

        assertThat(api.postJson("/api/v1/auth/verify-email", Map.of("token", code)).status()).isEqualTo(204);
        assertThat(api.getWithToken("/api/v1/users/me", tokens.get("accessToken").asText())
                .json().get("emailVerified").asBoolean()).isTrue();
        ApiClient.Reply again = api.postJson("/api/v1/auth/verify-email", Map.of("token", code));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("type").asText()).endsWith("/invalid-or-expired-token");
        assertThat(post("/api/v1/auth/verify-email/resend", tokens, null).status()).isEqualTo(409);
    }

    @Test
    void a_resent_code_replaces_the_first_one() {
        String email = newEmail();
        register(email);
        JsonNode tokens = logIn(email, PASSWORD);
        String first = Mailboxes.awaitCode(MAIL, email, VERIFY, 1);

        assertThat(post("/api/v1/auth/verify-email/resend", tokens, null).status()).isEqualTo(202);
        String second = Mailboxes.awaitCode(MAIL, email, VERIFY, 2);

        assertThat(second).isNotEqualTo(first);
        assertThat(api.postJson("/api/v1/auth/verify-email", Map.of("token", first)).status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/auth/verify-email", Map.of("token", second)).status()).isEqualTo(204);
    }

    @Test
    void a_refresh_rotates_the_token_and_a_reused_one_revokes_the_whole_session() {
        String email = newEmail();
        register(email);
        JsonNode login = logIn(email, PASSWORD);
        JsonNode otherDevice = logIn(email, PASSWORD);

        ApiClient.Reply rotated = refresh(login.get("refreshToken").asText());
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
        JsonNode second = rotated.json();
        assertThat(second.get("refreshToken").asText()).isNotEqualTo(login.get("refreshToken").asText());
        assertThat(me(second)).isEqualTo(200);
        // Rotated once more, the first token is no longer the newest but one: a reuse even within
        // the grace window for concurrent refreshes (ConcurrentRefreshIT replays after the window).
        JsonNode third = refresh(second.get("refreshToken").asText()).json();

        ApiClient.Reply reuse = refresh(login.get("refreshToken").asText());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().get("type").asText()).endsWith("/invalid-refresh-token");
        assertThat(refresh(third.get("refreshToken").asText()).status()).as("the family is revoked").isEqualTo(401);
        assertThat(me(second)).as("the session's access token stops at once").isEqualTo(401);
        assertThat(me(otherDevice)).as("other sessions go on").isEqualTo(200);
        assertThat(securityEvents(email)).contains("REFRESH_TOKEN_REUSE_DETECTED");
    }

    @Test
    void logout_ends_the_session_from_the_very_next_request() {
        String email = newEmail();
        register(email);
        JsonNode tokens = logIn(email, PASSWORD);

        assertThat(post("/api/v1/auth/logout", tokens, null).status()).isEqualTo(204);

        assertThat(me(tokens)).isEqualTo(401);
        assertThat(refresh(tokens.get("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/auth/logout", "{}").status()).isEqualTo(401);
    }

    @Test
    void failed_logins_slow_down_further_ones_with_a_429_and_retry_after_whatever_the_password() {
        String email = newEmail();
        register(email);
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", "wrong guess " + i))
                    .status()).isEqualTo(401);
        }

        ApiClient.Reply throttled = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("1");
        assertThat(throttled.json().get("type").asText()).endsWith("/rate-limited");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).status())
                        .isEqualTo(200));
    }

    @Test
    void the_tenth_failure_in_fifteen_minutes_locks_the_account_for_right_and_wrong_passwords_alike() {
        String email = newEmail();
        register(email);
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", "wrong " + i)).status())
                    .isEqualTo(401);
        }
        recordSixMoreFailuresSpreadOverTheLastTenMinutes(email);

        assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", "tenth wrong")).status())
                .isEqualTo(401);
        ApiClient.Reply right = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
        ApiClient.Reply wrong = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", "eleventh"));

        assertThat(right.status()).isEqualTo(429);
        assertThat(wrong.status()).isEqualTo(429);
        assertThat(right.json().get("detail")).isEqualTo(wrong.json().get("detail"));
        assertThat(Long.parseLong(right.header("Retry-After"))).isGreaterThan(60);
        assertThat(securityEvents(email)).contains("ACCOUNT_LOCKED", "LOGIN_FAILED");
    }

    @Test
    void a_password_reset_by_mail_revokes_every_session_and_a_notice_follows() {
        String email = newEmail();
        register(email);
        JsonNode session = logIn(email, PASSWORD);

        assertThat(api.postJson("/api/v1/auth/password/forgot", Map.of("email", newEmail())).status()).isEqualTo(202);
        assertThat(api.postJson("/api/v1/auth/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
        String code = Mailboxes.awaitCode(MAIL, email, RESET, 1);

        ApiClient.Reply weak = api.postJson("/api/v1/auth/password/reset", Map.of("token", code, "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
        assertThat(api.postJson("/api/v1/auth/password/reset", Map.of("token", code, "newPassword", NEW_PASSWORD))
                .status()).isEqualTo(204);

        assertThat(me(session)).isEqualTo(401);
        assertThat(refresh(session.get("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(401);
        logIn(email, NEW_PASSWORD);
        assertThat(api.postJson("/api/v1/auth/password/reset", Map.of("token", code, "newPassword", "another fresh passphrase"))
                .status()).isEqualTo(400);
        assertThat(Mailboxes.awaitEmail(MAIL, email, "Your password was reset", 1).body()).contains("logged out");
    }

    @Test
    void changing_the_password_keeps_this_session_and_ends_the_others() {
        String email = newEmail();
        register(email);
        JsonNode laptop = logIn(email, PASSWORD);
        JsonNode phone = logIn(email, PASSWORD);

        ApiClient.Reply wrongCurrent = post("/api/v1/users/me/password", laptop,
                Map.of("currentPassword", "not the password", "newPassword", NEW_PASSWORD));
        assertThat(wrongCurrent.status()).isEqualTo(403);
        assertThat(wrongCurrent.json().get("type").asText()).endsWith("/wrong-current-password");
        pauseSeconds(1);

        assertThat(post("/api/v1/users/me/password", laptop, Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .status()).isEqualTo(204);

        assertThat(me(laptop)).isEqualTo(200);
        assertThat(me(phone)).isEqualTo(401);
        assertThat(refresh(phone.get("refreshToken").asText()).status()).isEqualTo(401);
        logIn(email, NEW_PASSWORD);
        Mailboxes.awaitEmail(MAIL, email, "Your password was changed", 1);
    }

    @Test
    void an_smtp_outage_delays_the_verification_email_loses_nothing_and_sends_it_once() {
        String email = newEmail();
        MAIL.stop();
        try {
            register(email);
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxFailures(email) >= 1);
            assertThat(Mailboxes.to(MAIL, email, VERIFY)).isEmpty();
        } finally {
            MAIL.restart();
        }

        String code = Mailboxes.awaitCode(MAIL, email, VERIFY, 1);
        pauseSeconds(2);

        assertThat(Mailboxes.to(MAIL, email, VERIFY)).hasSize(1);
        assertThat(api.postJson("/api/v1/auth/verify-email", Map.of("token", code)).status()).isEqualTo(204);
    }

    @Test
    void security_events_record_the_address_the_user_agent_and_the_request_id() {
        String email = newEmail();
        register(email);
        api.send(api.request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .header("User-Agent", "AuditTest/1.0")
                .header("X-Request-Id", "audit-req-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        json(Map.of("email", email, "password", "wrong password here")))));

        List<Map<String, String>> events = query("""
                SELECT upper(replace(e.action, '-', '_')) AS type, e.address, e.user_agent, e.request_id
                FROM audit_entries e JOIN accounts a ON a.id = e.subject_id
                WHERE a.email = ? AND e.category = 'security' ORDER BY e.id""", email);

        assertThat(events).extracting(event -> event.get("type")).containsExactly("REGISTERED", "LOGIN_FAILED");
        assertThat(events.get(1)).containsEntry("address", "127.0.0.1")
                .containsEntry("user_agent", "AuditTest/1.0")
                .containsEntry("request_id", "audit-req-1");
    }

    @Test
    void tokens_and_secrets_are_stored_only_as_hashes() {
        String email = newEmail();
        register(email);
        JsonNode tokens = logIn(email, PASSWORD);
        String code = Mailboxes.awaitCode(MAIL, email, VERIFY, 1);

        String refreshToken = tokens.get("refreshToken").asText();
        assertThat(query("SELECT token_hash FROM refresh_tokens WHERE token_hash = ?", refreshToken)).isEmpty();
        assertThat(query("SELECT token_hash FROM one_time_tokens WHERE token_hash = ?", code)).isEmpty();
        assertThat(query("SELECT token_hash FROM refresh_tokens WHERE token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                refreshToken)).hasSize(1);
        assertThat(refreshToken).matches("[A-Za-z0-9_-]{43}");
    }

    private List<String> securityEvents(String email) {
        return query("""
                SELECT upper(replace(e.action, '-', '_')) AS type FROM audit_entries e
                JOIN accounts a ON a.id = e.subject_id WHERE a.email = ? AND e.category = 'security'""", email)
                .stream().map(row -> row.get("type")).toList();
    }

    private int outboxFailures(String email) {
        return query("SELECT failed_attempts FROM email_outbox WHERE recipient = ?", email).stream()
                .mapToInt(row -> Integer.parseInt(row.get("failed_attempts"))).max().orElse(0);
    }

    /**
     * Nine failures take minutes over HTTP because of the backoff between them; the lock is what
     * the test is about, so six of them are added to the email's real counter in Redis, as if they
     * had happened over the last ten minutes.
     */
    private void recordSixMoreFailuresSpreadOverTheLastTenMinutes(String email) {
        String key = "attempts:login:account:" + sha256(email);
        try (var redis = org.tdah.assistant.adapters.persistence.redis.RedisConnection.connect(
                APP.getConfiguration().redis.url, Duration.ofSeconds(2))) {
            redis.call(jedis -> {
                jedis.hincrBy(key, "count", 6);
                return jedis.hset(key, "last", Long.toString(System.currentTimeMillis() - 600_000));
            });
        }
    }

    private static String sha256(String text) {
        return org.tdah.assistant.domain.identity.TokenHash.of(text).hex();
    }

    private static void pauseSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Map<String, String>> query(String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(APP.getConfiguration().database.url);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, String>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, String> row = new java.util.HashMap<>();
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.put(rows.getMetaData().getColumnLabel(column), rows.getString(column));
                    }
                    result.add(row);
                }
                return result;
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
