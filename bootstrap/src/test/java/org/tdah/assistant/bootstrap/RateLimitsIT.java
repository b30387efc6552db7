package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/** The production rate limits of the endpoints where guessing or flooding is possible, over HTTP. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RateLimitsIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP =
            TestApplication.onTestServers(MAIL, Map.of("rateLimits.scale", "1"));

    private final ApiClient api = TestApplication.api(APP);

    private static void assertRateLimited(ApiClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
        assertThat(reply.json().get("type").asText()).endsWith("/rate-limited");
    }

    @Test
    void a_network_address_may_register_ten_accounts_an_hour() {
        for (int i = 0; i < 10; i++) {
            assertThat(api.postJson("/api/v1/auth/register", Map.of("email", "r" + i + "-" + UUID.randomUUID() + "@example.org",
                    "password", "purple elephants dance quietly", "displayName", "Sam")).status()).isEqualTo(201);
        }

        assertRateLimited(api.postJson("/api/v1/auth/register", Map.of("email", UUID.randomUUID() + "@example.org",
                "password", "purple elephants dance quietly", "displayName", "Sam")));
    }

    @Test
    void an_email_gets_at_most_three_reset_emails_an_hour_known_or_not() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/api/v1/auth/password/forgot", Map.of("email", unknown)).status()).isEqualTo(202);
        }

        assertRateLimited(api.postJson("/api/v1/auth/password/forgot", Map.of("email", unknown)));
    }

    @Test
    void guessing_verification_codes_is_limited_to_twenty_per_fifteen_minutes() {
        for (int i = 0; i < 20; i++) {
            assertThat(api.postJson("/api/v1/auth/verify-email", Map.of("token", "guess-" + i)).status()).isEqualTo(400);
        }

        assertRateLimited(api.postJson("/api/v1/auth/verify-email", Map.of("token", "one-more-guess")));
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }
}
