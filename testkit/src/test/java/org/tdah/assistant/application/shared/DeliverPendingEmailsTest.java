package org.tdah.assistant.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.testkit.InMemoryCore;

class DeliverPendingEmailsTest {
    private final InMemoryCore fixture = new InMemoryCore();

    private void register(String email) {
        fixture.core.identity().registerAccount().register(
                RegisterAccount.Command.of(email, "correct horse battery staple", "Sam"), ORIGIN);
    }

    @Test
    void due_emails_are_sent_once() {
        register("sam@example.org");

        assertThat(fixture.core.shared().deliverPendingEmails().deliverDue()).isEqualTo(1);
        assertThat(fixture.core.shared().deliverPendingEmails().deliverDue()).isZero();

        assertThat(fixture.mailbox.sent()).singleElement()
                .satisfies(email -> assertThat(email.subject()).isEqualTo("Confirm your email address"));
    }

    @Test
    void an_email_is_sent_continuing_the_request_that_queued_it_and_the_worker_gets_its_own_id_back() {
        fixture.correlation.continuing(Optional.of("req-register-1"), () -> {
            register("sam@example.org");
            return null;
        });
        List<Optional<String>> sentUnder = new ArrayList<>();
        DeliverPendingEmails recording = new DeliverPendingEmails(fixture.outbox, message -> {
            sentUnder.add(fixture.correlation.current());
            fixture.mailbox.send(message);
        }, fixture.transactions, fixture.clock, RetryPolicy.DEFAULT, fixture.correlation);

        fixture.correlation.continuing(Optional.of("job-run-7"), () -> {
            recording.deliverDue();
            assertThat(fixture.correlation.current()).as("the worker's own id once the email is sent").contains("job-run-7");
            return null;
        });

        assertThat(sentUnder).containsExactly(Optional.of("req-register-1"));
        assertThat(fixture.mailbox.sent()).hasSize(1);
    }

    @Test
    void an_smtp_outage_delays_emails_with_growing_waits_and_loses_none() {
        register("sam@example.org");
        fixture.mailbox.goDown();

        assertThat(fixture.core.shared().deliverPendingEmails().deliverDue()).isZero();
        assertThat(fixture.outbox.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.failedAttempts()).isEqualTo(1);
            assertThat(entry.dueAt()).isEqualTo(fixture.clock.instant().plus(Duration.ofSeconds(30)));
            assertThat(entry.lastError()).isEqualTo("SMTP is unavailable");
        });
        fixture.clock.advance(Duration.ofSeconds(30));
        fixture.core.shared().deliverPendingEmails().deliverDue();
        assertThat(fixture.outbox.entries().get(0).dueAt()).isEqualTo(fixture.clock.instant().plus(Duration.ofMinutes(1)));

        fixture.mailbox.comeBack();
        fixture.clock.advance(Duration.ofSeconds(59));
        assertThat(fixture.core.shared().deliverPendingEmails().deliverDue()).as("not due yet").isZero();
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.core.shared().deliverPendingEmails().deliverDue()).isEqualTo(1);
        assertThat(fixture.mailbox.sent()).hasSize(1);
    }

    @Test
    void the_wait_between_retries_doubles_up_to_an_hour() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delayAfter(19)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void after_the_last_attempt_an_email_is_marked_failed() {
        register("sam@example.org");
        fixture.mailbox.goDown();
        DeliverPendingEmails twoAttempts = new DeliverPendingEmails(fixture.outbox, fixture.mailbox,
                fixture.transactions, fixture.clock,
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2), fixture.correlation);

        twoAttempts.deliverDue();
        fixture.clock.advance(Duration.ofSeconds(1));
        twoAttempts.deliverDue();

        assertThat(fixture.outbox.entries().get(0).failedAt()).isNotNull();
    }

    @Test
    void an_email_the_server_refuses_for_good_is_marked_failed_and_not_retried() {
        register("sam@example.org");
        DeliverPendingEmails refusing = new DeliverPendingEmails(fixture.outbox, message -> {
            throw new EmailRejectedException("550 mailbox unavailable", null);
        }, fixture.transactions, fixture.clock,
                RetryPolicy.DEFAULT, fixture.correlation);

        refusing.deliverDue();

        assertThat(fixture.outbox.entries().get(0).failedAt()).isEqualTo(fixture.clock.instant());
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(fixture.core.shared().deliverPendingEmails().deliverDue()).isZero();
    }
}
