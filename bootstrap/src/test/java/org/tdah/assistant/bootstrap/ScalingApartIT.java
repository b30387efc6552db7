package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * API instances and workers scale apart: {@code server} with {@code jobs.enabled=false} starts no
 * scheduler and sends nothing it queued, while {@code worker} on the same database (no API, only the
 * admin port) runs the jobs and sends it.
 */
class ScalingApartIT {
    private static final MailSink MAIL = MailSink.start();
    private static final String SUBJECT = "Confirm your email address";

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static List<String> scheduledTasks(String databaseUrl) {
        try (var connection = DriverManager.getConnection(databaseUrl);
                var rows = connection.createStatement().executeQuery(
                        "SELECT task_name FROM scheduled_tasks ORDER BY task_name")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_server_without_jobs_queues_an_email_that_only_a_worker_on_the_same_database_sends() throws Exception {
        String databaseUrl = TestServers.newDatabase();
        String redisUrl = TestServers.newRedisDatabase();
        DropwizardAppExtension<AssistantConfiguration> server = TestApplication.on(() -> databaseUrl, () -> redisUrl,
                MAIL, Map.of("jobs.enabled", "false"));
        server.before();
        try {
            String email = "worker-" + UUID.randomUUID() + "@example.org";
            ApiClient api = TestApplication.api(server);
            assertThat(api.postJson("/api/v1/auth/register", Map.of("email", email, "password", People.PASSWORD,
                    "displayName", "Sam")).status()).isEqualTo(201);

            Thread.sleep(2_000);
            assertThat(Mailboxes.to(MAIL, email, SUBJECT)).as("nothing sends without jobs").isEmpty();
            assertThat(scheduledTasks(databaseUrl)).as("no scheduler started at all").isEmpty();

            DropwizardTestSupport<AssistantConfiguration> worker = TestApplication.worker(() -> databaseUrl,
                    () -> redisUrl, MAIL);
            worker.before();
            try {
                assertThat(Mailboxes.awaitEmail(MAIL, email, SUBJECT, 1).body()).contains("verify-email");
                assertThat(scheduledTasks(databaseUrl)).contains("deliver-emails", "prune-audit-trail");

                ApiClient workerPort = new ApiClient("http://127.0.0.1:" + worker.getLocalPort());
                assertThat(workerPort.get("/ping").status()).as("its one port is the admin port").isEqualTo(200);
                assertThat(workerPort.get("/api/v1/users/me").status()).as("and it serves no API").isEqualTo(404);
            } finally {
                worker.after();
            }
        } finally {
            server.after();
        }
    }
}
