package org.tdah.assistant.application.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Mailbox;
import org.tdah.assistant.application.shared.port.Transactions;

/**
 * The outbox worker: sends the emails that are due and records each outcome. A mail server that
 * is down delays emails with exponential backoff (by default 30 s, 1 min, 2 min ... up to 1 h) and
 * loses none; an email is marked sent in the transaction that locked it, so it is sent once. After
 * the last attempt, or a permanent refusal, it is marked failed for an operator. Each email is sent
 * continuing the request id of the work that queued it, so the SMTP exchange and its log lines carry it.
 */
public final class DeliverPendingEmails {
    private static final int BATCH = 20;

    /** How failed sends are retried: the first wait, doubling up to the longest, for so many attempts. */
    private final EmailOutbox outbox;
    private final Mailbox mailbox;
    private final Transactions transactions;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final Correlation correlation;

    public DeliverPendingEmails(EmailOutbox outbox, Mailbox mailbox, Transactions transactions, Clock clock,
            RetryPolicy retryPolicy, Correlation correlation) {
        this.outbox = outbox;
        this.mailbox = mailbox;
        this.transactions = transactions;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
        this.correlation = correlation;
    }

    /** Sends what is due now; returns how many emails were sent. */
    public int deliverDue() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<PendingEmail> due = outbox.lockDue(now, BATCH);
            int sent = 0;
            for (PendingEmail pending : due) {
                if (correlation.continuing(pending.requestId(), () -> deliver(pending, now))) {
                    sent++;
                }
            }
            return sent;
        });
    }

    private boolean deliver(PendingEmail pending, Instant now) {
        String id = pending.message().id();
        try {
            mailbox.send(pending.message());
            outbox.markSent(id, now);
            return true;
        } catch (EmailRejectedException refused) {
            outbox.markFailed(id, now, refused.getMessage());
        } catch (DependencyUnavailableException unavailable) {
            int attempts = pending.failedAttempts() + 1;
            if (attempts >= retryPolicy.maxAttempts()) {
                outbox.markFailed(id, now, unavailable.getMessage());
            } else {
                outbox.scheduleRetry(id, attempts, now.plus(retryPolicy.delayAfter(attempts)), unavailable.getMessage());
            }
        }
        return false;
    }
}
