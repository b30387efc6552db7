package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Parallel wrong passwords for one account over HTTP, on real Redis: the throttle counts each
 * attempt before the password is checked, so concurrency buys no extra guesses. The clock stands
 * still between the rounds, so the policy allows exactly 3 checks, then one per backoff step.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConcurrentLoginIT {
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServersWithMovableClock(MAIL);

    private final ApiClient api = TestApplication.api(APP);

    private ApiClient.Reply logIn(String email, String password) {
        return api.postJson("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** Sixty wrong passwords, twenty at a time; returns how many reached the password check (401). */
    private int sixtyWrongLoginsTwentyAtATime(String email) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String guess = "wrong guess number " + i;
            replies.add(clients.submit(() -> logIn(email, guess)));
        }
        int checked = 0;
        for (Future<ApiClient.Reply> reply : replies) {
            ApiClient.Reply answer = reply.get(120, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isIn(401, 429);
            if (answer.status() == 401) {
                checked++;
            } else {
                assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
                assertThat(answer.json().get("type").asText()).endsWith("/rate-limited");
            }
        }
        clients.shutdownNow();
        return checked;
    }

    @Test
    void sixty_parallel_wrong_logins_reach_the_password_check_three_times_then_once_per_backoff_step() throws Exception {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        assertThat(api.postJson("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Sam")).status()).isEqualTo(201);

        assertThat(sixtyWrongLoginsTwentyAtATime(email)).as("before the first backoff").isEqualTo(3);
        ClockedAssistantApplication.CLOCK.advance(Duration.ofSeconds(1));
        assertThat(sixtyWrongLoginsTwentyAtATime(email)).as("after the 1 s backoff").isEqualTo(1);
        ClockedAssistantApplication.CLOCK.advance(Duration.ofSeconds(2));
        assertThat(sixtyWrongLoginsTwentyAtATime(email)).as("after the 2 s backoff").isEqualTo(1);

        ApiClient.Reply wrong = logIn(email, "one more wrong guess");
        ApiClient.Reply right = logIn(email, PASSWORD);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isEqualTo(wrong.header("Retry-After"));
        assertThat(right.json().get("type").asText()).isEqualTo(wrong.json().get("type").asText());

        ClockedAssistantApplication.CLOCK.advance(Duration.ofSeconds(4));
        assertThat(logIn(email, PASSWORD).status()).as("the owner gets in once the backoff passed").isEqualTo(200);
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }
}
