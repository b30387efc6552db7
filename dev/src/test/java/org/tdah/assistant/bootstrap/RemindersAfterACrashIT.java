package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.bootstrap.RemindersOnTwoInstancesIT.TextedPeople;

/**
 * The packaged application killed with {@code kill -9} while reminders are due, then started again
 * on the same database: what fell due while it was down is texted after the restart, and what was
 * texted before the crash is not texted again.
 */
class RemindersAfterACrashIT {
    private static final String PREFERENCES = "{\"quietHours\": null, \"nagIntervalMinutes\": 10, \"maxNags\": 0, "
            + "\"checkInTime\": null, \"reminderChannels\": [\"sms\"]}";

    @Test
    void nothing_due_is_lost_and_nothing_is_sent_twice_across_a_kill_and_a_restart(@TempDir Path work) throws Exception {
        String database = TestServers.newDatabase();
        String redis = TestServers.newRedisDatabase();
        try (MailSink mail = MailSink.start()) {
            // The servers of the test's, so that they outlive the kill; the restart is on the same ports.
            DevJar.Launch launch = DevJar.in(work).without("PUBLIC_BASE_URL").environment(Map.of(
                    "DATABASE_URL", database,
                    "REDIS_URL", redis,
                    "SMTP_HOST", "127.0.0.1",
                    "SMTP_PORT", Integer.toString(mail.port()),
                    "TWILIO_API_BASE_URL", TestTwilio.EMULATOR.baseUri().toString()));
            DevJar first = launch.log(work.resolve("first.log")).startHealthy();
            ApiClient api = first.api();
            Instant lastDue;
            String phone = "+3363" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            try {
                String token = api.registerAndLogIn("crash-" + System.nanoTime() + "@example.org", People.PASSWORD,
                        "Sam");
                TextedPeople.consentAndVerify(api, new People.Person("", "", token), phone, PREFERENCES);
                Instant now = Instant.now();
                assertThat(remind(api, token, "before the crash", now.plusSeconds(2))).isEqualTo(201);
                for (int i = 1; i <= 5; i++) {
                    assertThat(remind(api, token, "while down " + i, now.plusSeconds(12 + i))).isEqualTo(201);
                }
                lastDue = now.plusSeconds(17);
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(TextedPeople.reminders(phone))
                        .containsExactly("Reminder 1: before the crash. Reply 'done 1' or 'snooze'."));
            } finally {
                first.kill();
            }
            // Down until every other reminder is due.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), lastDue).toMillis()));
            assertThat(TextedPeople.reminders(phone)).hasSize(1);

            try (DevJar second = launch.log(work.resolve("second.log")).startHealthy()) {
                await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(TextedPeople.reminders(phone))
                        .hasSize(6));
                Thread.sleep(2_000);
                List<String> texts = TextedPeople.reminders(phone);
                assertThat(texts).hasSize(6).doesNotHaveDuplicates()
                        .contains("Reminder 1: before the crash. Reply 'done 1' or 'snooze'.");
                assertThat(texts.subList(1, 6)).allMatch(text -> text.contains("while down"));
            }
        }
    }

    private static int remind(ApiClient api, String token, String text, Instant at) {
        return api.postJson("/api/v1/reminders", token, Map.of("text", text, "dueAt", at.toString())).status();
    }
}
