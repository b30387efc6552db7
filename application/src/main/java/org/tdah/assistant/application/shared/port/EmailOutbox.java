package org.tdah.assistant.application.shared.port;

import java.time.Instant;
import java.util.List;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.PendingEmail;

/**
 * Emails waiting to be sent, stored durably in the same transaction as the change that causes
 * them, so that no email is lost when the mail server is down and none is sent for a change that
 * was rolled back. A worker takes due emails, sends them and records the outcome.
 */
public interface EmailOutbox {

    /**
     * Queues the email, due now, keeping the request id current on this thread
     * ({@link Correlation#current()}) for the delivery to continue: emails are composed in a dozen
     * use cases, and this is where they all pass.
     */
    void enqueue(EmailMessage message, Instant now);

    /**
     * Due emails, oldest first, locked for the calling transaction so that no other worker takes
     * them at the same time. Call inside {@link Transactions#inTransaction}.
     */
    List<PendingEmail> lockDue(Instant now, int limit);

    void markSent(String id, Instant sentAt);

    void scheduleRetry(String id, int attempts, Instant nextAttemptAt, String lastError);

    /** Gives up on an email the mail server refused for good, or that failed too many times. */
    void markFailed(String id, Instant failedAt, String lastError);
}
