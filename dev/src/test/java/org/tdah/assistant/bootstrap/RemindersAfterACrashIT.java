package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
    private static final Path JAR = Path.of("target", "assistant-dev.jar");
    private static final String PREFERENCES = "{\"quietHours\": null, \"nagIntervalMinutes\": 10, \"maxNags\": 0, "
            + "\"checkInTime\": null, \"reminderChannels\": [\"sms\"]}";

    @Test
    void nothing_due_is_lost_and_nothing_is_sent_twice_across_a_kill_and_a_restart(@TempDir Path work) throws Exception {
        String database = TestServers.newDatabase();
        String redis = TestServers.newRedisDatabase();
        try (MailSink mail = MailSink.start()) {
            int appPort = freePort();
            int adminPort = freePort();
            ApiClient api = new ApiClient("http://127.0.0.1:" + appPort);
            ApiClient admin = new ApiClient("http://127.0.0.1:" + adminPort);

            Process first = start(work.resolve("first.log"), database, redis, mail, appPort, adminPort);
            Instant lastDue;
            String phone = "+3363" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            try {
                awaitHealthy(first, admin, work.resolve("first.log"));
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
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop of the scheduler
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            // Down until every other reminder is due.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), lastDue).toMillis()));
            assertThat(TextedPeople.reminders(phone)).hasSize(1);

            Process second = start(work.resolve("second.log"), database, redis, mail, appPort, adminPort);
            try {
                awaitHealthy(second, admin, work.resolve("second.log"));
                await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(TextedPeople.reminders(phone))
                        .hasSize(6));
                Thread.sleep(2_000);
                List<String> texts = TextedPeople.reminders(phone);
                assertThat(texts).hasSize(6).doesNotHaveDuplicates()
                        .contains("Reminder 1: before the crash. Reply 'done 1' or 'snooze'.");
                assertThat(texts.subList(1, 6)).allMatch(text -> text.contains("while down"));
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int remind(ApiClient api, String token, String text, Instant at) {
        return api.postJson("/api/v1/reminders", token, Map.of("text", text, "dueAt", at.toString())).status();
    }

    private static Process start(Path log, String database, String redis, MailSink mail, int appPort, int adminPort)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "dev")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DATABASE_URL", database);
        builder.environment().put("REDIS_URL", redis);
        builder.environment().put("SMTP_HOST", "127.0.0.1");
        builder.environment().put("SMTP_PORT", Integer.toString(mail.port()));
        builder.environment().put("TWILIO_API_BASE_URL", TestTwilio.EMULATOR.baseUri().toString());
        builder.environment().put("APP_PORT", Integer.toString(appPort));
        builder.environment().put("ADMIN_PORT", Integer.toString(adminPort));
        builder.environment().put("BCRYPT_COST", "10");
        builder.environment().put("ASSISTANT_DATA_DIR", log.getParent().resolve("data").toString());
        return builder.start();
    }

    private static void awaitHealthy(Process process, ApiClient admin, Path log) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(process.isAlive()).as("the application runs; its log:%n%s", Files.readString(log)).isTrue();
            assertThat(healthStatus(admin)).isEqualTo(200);
        });
    }

    private static int healthStatus(ApiClient admin) {
        try {
            return admin.get("/healthcheck").status();
        } catch (RuntimeException notYetListening) {
            return -1;
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
