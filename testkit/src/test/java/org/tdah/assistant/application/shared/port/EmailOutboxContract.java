package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.PendingEmail;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.testkit.shared.InMemoryCorrelation;

/** What every implementation of {@link EmailOutbox} must do. */
public abstract class EmailOutboxContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final Correlation correlation = new InMemoryCorrelation();
    private EmailOutbox outbox;

    /** An empty outbox that reads the request id of the work queueing an email from {@code correlation}. */
    protected abstract EmailOutbox newOutbox(Correlation correlation);

    @BeforeEach
    void setUpOutbox() {
        outbox = newOutbox(correlation);
    }

    private static EmailMessage message(String subject) {
        return new EmailMessage(UUID.randomUUID().toString(), EmailAddress.parse("sam@example.org"), subject,
                "Bonjour Sam ✨\nLine two");
    }

    @Test
    void an_enqueued_email_is_due_at_once_and_comes_back_intact() {
        EmailMessage message = message("Confirm your email address");
        outbox.enqueue(message, NOW);

        assertThat(outbox.lockDue(NOW, 10)).containsExactly(new PendingEmail(message, 0, Optional.empty()));
    }

    @Test
    void due_emails_come_oldest_first_up_to_the_limit() {
        outbox.enqueue(message("first"), NOW);
        outbox.enqueue(message("second"), NOW.plusSeconds(1));
        outbox.enqueue(message("third"), NOW.plusSeconds(2));

        assertThat(outbox.lockDue(NOW.plusSeconds(5), 2))
                .extracting(pending -> pending.message().subject()).containsExactly("first", "second");
    }

    @Test
    void a_sent_email_is_never_due_again() {
        EmailMessage message = message("sent once");
        outbox.enqueue(message, NOW);

        outbox.markSent(message.id(), NOW.plusSeconds(1));

        assertThat(outbox.lockDue(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_retry_is_due_at_its_time_with_its_count_of_failures() {
        EmailMessage message = message("retried");
        outbox.enqueue(message, NOW);

        outbox.scheduleRetry(message.id(), 3, NOW.plusSeconds(120), "SMTP is unavailable");

        assertThat(outbox.lockDue(NOW.plusSeconds(119), 10)).isEmpty();
        assertThat(outbox.lockDue(NOW.plusSeconds(120), 10)).containsExactly(new PendingEmail(message, 3, Optional.empty()));
    }

    @Test
    void an_email_keeps_the_request_id_of_the_work_that_queued_it_across_retries() {
        EmailMessage message = message("Confirm your email address");
        correlation.continuing(Optional.of("req-4f2a"), () -> {
            outbox.enqueue(message, NOW);
            return null;
        });

        assertThat(outbox.lockDue(NOW, 10)).containsExactly(new PendingEmail(message, 0, Optional.of("req-4f2a")));
        outbox.scheduleRetry(message.id(), 1, NOW.plusSeconds(30), "SMTP is unavailable");
        assertThat(outbox.lockDue(NOW.plusSeconds(30), 10)).singleElement()
                .satisfies(pending -> assertThat(pending.requestId()).contains("req-4f2a"));
    }

    @Test
    void a_failed_email_is_never_due_again() {
        EmailMessage message = message("refused");
        outbox.enqueue(message, NOW);

        outbox.markFailed(message.id(), NOW, "550 no such user");

        assertThat(outbox.lockDue(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    }
}
