package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.People.Person;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * {@code GET /admin/jobs} over HTTP: administrators (with a second factor) see the scheduler's
 * tasks, the queue counts and the recent failures, with errors only (no recipient or subject);
 * anyone else is refused.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminJobsApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no " + name + " in " + list);
    }

    @Test
    void an_administrator_sees_the_scheduler_the_queue_counts_and_a_dead_letter_by_its_error_only() {
        Person administrator = people.administrator();
        String recipient = "dead-" + UUID.randomUUID() + "@example.org";
        people.sql("INSERT INTO email_outbox (id, recipient, subject, enqueued_at, due_at, failed_attempts, last_error,"
                + " failed_at) VALUES (?, '" + recipient + "', 'A very private subject', now(), now(), 20,"
                + " '550 mailbox unavailable', now())", UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ApiClient.Reply reply = api.getWithToken("/api/v1/admin/jobs", administrator.token());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode jobs = reply.json();
            JsonNode delivery = named(jobs.get("scheduler"), "deliver-emails");
            assertThat(delivery.get("state").asText()).isIn("scheduled", "running");
            assertThat(delivery.get("nextRunAt").asText()).endsWith("Z");
            assertThat(delivery.get("lastSuccessAt").asText()).as("it has run").endsWith("Z");
            assertThat(delivery.get("consecutiveFailures").asInt()).isZero();
            assertThat(named(jobs.get("scheduler"), "prune-audit-trail")).isNotNull();
            assertThat(named(jobs.get("queues"), "email").get("deadLetters").asInt()).isEqualTo(1);
            assertThat(named(jobs.get("queues"), "reminders").get("due").asInt()).isZero();
            JsonNode failure = jobs.get("recentFailures").get(0);
            assertThat(failure.get("source").asText()).isEqualTo("email");
            assertThat(failure.get("error").asText()).isEqualTo("550 mailbox unavailable");
            assertThat(failure.get("at").asText()).endsWith("Z");
            assertThat(reply.body()).doesNotContain(recipient, "private subject");
        });
    }

    @Test
    void a_person_without_job_read_is_refused_and_an_anonymous_caller_must_authenticate() {
        Person sam = people.person();

        ApiClient.Reply refused = api.getWithToken("/api/v1/admin/jobs", sam.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("job:read");

        ApiClient.Reply anonymous = api.get("/api/v1/admin/jobs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
