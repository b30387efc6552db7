package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedRedisServer;
import org.tdah.assistant.adapters.sms.emulator.TwilioSignature;
import org.tdah.assistant.application.sms.OurWebhooks;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * What users and operators see when PostgreSQL or Redis goes down, and that service comes back
 * by itself: the application runs on servers of its own here, which the tests stop and restart.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DependencyOutageIT {
    private static final Path POSTGRES_DATA = temporaryDirectory();
    private static EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Optional.of(POSTGRES_DATA));
    private static final int POSTGRES_PORT = postgres.port();
    private static final EmbeddedRedisServer REDIS = EmbeddedRedisServer.start(Optional.empty());

    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP =
            TestApplication.on(() -> postgres.jdbcUrl("postgres"), REDIS::url, MAIL, Map.of());

    private final ApiClient api = TestApplication.api(APP);
    private final ApiClient admin = TestApplication.admin(APP);

    @Test
    @Order(1)
    void with_redis_down_the_health_check_is_unhealthy_with_the_reason_and_recovers_when_redis_is_back() {
        assertThat(admin.get("/healthcheck").status()).isEqualTo(200);
        String token = api.registerAndLogIn("redis-outage-" + UUID.randomUUID() + "@example.org",
                "purple elephants dance quietly", "Sam");
        assertThat(api.getWithToken("/api/v1/users/me", token).status()).isEqualTo(200);

        REDIS.stop();
        try {
            ApiClient.Reply failedClosed = api.getWithToken("/api/v1/users/me", token);
            assertThat(failedClosed.status()).as("authenticated requests fail closed").isEqualTo(503);
            assertThat(failedClosed.header("Retry-After")).isEqualTo("5");
            ApiClient.Reply health = admin.get("/healthcheck");
            assertThat(health.status()).isEqualTo(500);
            assertThat(health.json().get("redis").get("healthy").asBoolean()).isFalse();
            assertThat(health.json().get("redis").get("message").asText()).startsWith("Redis does not answer");
            assertThat(health.json().get("database").get("healthy").asBoolean()).isTrue();
            ApiClient.Reply ready = admin.get("/ready");
            assertThat(ready.status()).as("a process without Redis is not ready to serve").isEqualTo(500);
            assertThat(ready.json().get("redis").get("healthy").asBoolean()).isFalse();
            assertThat(api.postJson("/api/v1/auth/login",
                    Map.of("email", "nobody@example.org", "password", "whatever it is")).status())
                    .as("login needs the throttle counters in Redis").isEqualTo(503);
        } finally {
            REDIS.restart();
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(admin.get("/healthcheck").status()).isEqualTo(200));
        assertThat(admin.get("/ready").status()).isEqualTo(200);
        assertThat(api.getWithToken("/api/v1/users/me", token).status())
                .as("the embedded Redis keeps nothing on disk, so the session is gone: refused, not admitted")
                .isEqualTo(401);
        String again = api.registerAndLogIn("redis-outage-" + UUID.randomUUID() + "@example.org",
                "purple elephants dance quietly", "Sam");
        assertThat(api.getWithToken("/api/v1/users/me", again).status()).as("service resumes by itself").isEqualTo(200);
    }

    @Test
    @Order(2)
    void with_postgresql_down_requests_get_a_503_problem_and_succeed_once_it_is_back() {
        String email = "outage-" + UUID.randomUUID() + "@example.org";
        Map<String, String> registration =
                Map.of("email", email, "password", "purple elephants dance quietly", "displayName", "Sam");

        String bystander = api.registerAndLogIn("bystander-" + UUID.randomUUID() + "@example.org",
                "purple elephants dance quietly", "Kim");
        String bystanderId = api.getWithToken("/api/v1/users/me", bystander).json().get("id").asText();

        Map<String, String> text = new LinkedHashMap<>(Map.of("AccountSid", TestTwilio.ACCOUNT_SID,
                "MessageSid", Texters.messageSid(), "From", "+33611112222", "To", "+15005550006", "Body", "hello?",
                "NumSegments", "1"));

        postgres.close();
        ApiClient.Reply meDuringOutage = api.send(api.request("/api/v1/users/me")
                .header("Authorization", "Bearer " + bystander).header("X-Request-Id", "asked-during-the-outage").GET());
        ApiClient.Reply refused = api.postJson("/api/v1/auth/register", registration);
        ApiClient.Reply health = admin.get("/healthcheck");
        ApiClient.Reply textRefused = inboundText(text);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.json().get("type").asText()).endsWith("/service-unavailable");
        assertThat(refused.body()).doesNotContain("jdbc", "Exception", "5432");
        assertThat(health.status()).isEqualTo(500);
        assertThat(health.json().get("database").get("message").asText()).startsWith("PostgreSQL does not answer");
        assertThat(meDuringOutage.status()).isEqualTo(503);
        assertThat(textRefused.status()).as("Twilio is told to try again, or its fallback").isEqualTo(503);

        postgres = EmbeddedPostgresServer.start(Optional.of(POSTGRES_DATA), POSTGRES_PORT);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.postJson("/api/v1/auth/register", registration).status()).isEqualTo(201));
        assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", "purple elephants dance quietly"))
                .status()).isEqualTo(200);
        assertThat(inboundText(text).status()).as("the text, delivered again, is taken now").isEqualTo(200);
        assertThat(inboundText(text).status()).isEqualTo(200);
        assertThat(Texters.storedTexts(postgres.jdbcUrl("postgres"), text.get("MessageSid"))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(decisionsOf(bystanderId))
                .as("the decision taken while PostgreSQL was down waited in the buffer, and is written now")
                .contains("asked-during-the-outage"));
    }

    /** A text Twilio delivers to our webhook, signed over the public URL as Twilio signs. */
    private ApiClient.Reply inboundText(Map<String, String> parameters) {
        String url = new OurWebhooks(APP.getConfiguration().publicBaseUrl).webhooks().smsUrl().toString();
        return api.send(api.request(OurWebhooks.INBOUND_PATH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.of(TestTwilio.AUTH_TOKEN, url, parameters))
                .POST(HttpRequest.BodyPublishers.ofString(Texters.form(parameters))));
    }

    private static List<String> decisionsOf(String accountId) {
        try (var connection = java.sql.DriverManager.getConnection(postgres.jdbcUrl("postgres"));
                var query = connection.prepareStatement(
                        "SELECT request_id FROM audit_entries WHERE category = 'decision' AND actor_id = ?")) {
            query.setString(1, accountId);
            List<String> requestIds = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    requestIds.add(rows.getString(1));
                }
            }
            return requestIds;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServers() {
        MAIL.close();
        REDIS.close();
        postgres.close();
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("outage-postgres");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
