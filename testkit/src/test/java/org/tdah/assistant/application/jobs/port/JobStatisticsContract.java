package org.tdah.assistant.application.jobs.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.domain.identity.EmailAddress;

/**
 * What every implementation of {@link JobStatistics} must answer about the queues it reads, filled
 * here through their own ports (the email outbox), so that both adapters are held to the same facts.
 */
public abstract class JobStatisticsContract {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    /** The statistics, and the outbox whose store they read. */
    public record Fixture(EmailOutbox outbox, JobStatistics statistics) {}

    private Fixture fixture;

    protected abstract Fixture newFixture();

    @BeforeEach
    void setUpFixture() {
        fixture = newFixture();
    }

    private String enqueue() {
        EmailMessage message = new EmailMessage(UUID.randomUUID().toString(), EmailAddress.parse("sam@example.org"),
                "Confirm your email address", "Your code: 123456");
        fixture.outbox().enqueue(message, NOW);
        return message.id();
    }

    private QueueCounts email() {
        return fixture.statistics().queues(NOW).stream().filter(queue -> queue.name().equals("email"))
                .findFirst().orElseThrow();
    }

    @Test
    void empty_queues_count_nothing_and_both_queues_are_listed() {
        assertThat(fixture.statistics().queues(NOW)).containsExactly(new QueueCounts("email", 0, 0, 0),
                new QueueCounts("reminders", 0, 0, 0));
        assertThat(fixture.statistics().recentDeadLetters(20)).isEmpty();
    }

    @Test
    void the_email_queue_counts_what_is_due_what_waits_for_a_retry_and_its_dead_letters() {
        enqueue();
        fixture.outbox().scheduleRetry(enqueue(), 1, NOW.plus(Duration.ofMinutes(1)), "421 try again later");
        fixture.outbox().scheduleRetry(enqueue(), 2, NOW.minus(Duration.ofSeconds(1)), "421 try again later");
        fixture.outbox().markFailed(enqueue(), NOW, "550 refused");
        fixture.outbox().markSent(enqueue(), NOW);

        assertThat(email()).isEqualTo(new QueueCounts("email", 2, 2, 1));
    }

    @Test
    void dead_letters_come_newest_first_with_their_error_and_no_more_than_asked() {
        fixture.outbox().markFailed(enqueue(), NOW.minus(Duration.ofMinutes(2)), "550 oldest");
        fixture.outbox().markFailed(enqueue(), NOW, "550 newest");
        fixture.outbox().markFailed(enqueue(), NOW.minus(Duration.ofMinutes(1)), "550 middle");
        fixture.outbox().scheduleRetry(enqueue(), 1, NOW, "421 not dead yet");

        assertThat(fixture.statistics().recentDeadLetters(2)).containsExactly(
                new JobFailure("email", NOW, "550 newest"),
                new JobFailure("email", NOW.minus(Duration.ofMinutes(1)), "550 middle"));
    }
}
