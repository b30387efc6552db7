package org.tdah.assistant.adapters.persistence.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.PendingEmail;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.domain.identity.EmailAddress;

/**
 * The email outbox in the {@code email_outbox} table. Bodies (which may carry one-time tokens) are
 * encrypted at rest and erased once sent. Due emails are locked with {@code FOR UPDATE SKIP LOCKED},
 * so that several workers never take the same email. Each email keeps the request id of the work
 * that queued it.
 */
public final class JdbiEmailOutbox implements EmailOutbox {
    private static final int MAX_ERROR = 500;

    private final PostgresDatabase database;
    private final AesGcmCipher cipher;
    private final Correlation correlation;

    public JdbiEmailOutbox(PostgresDatabase database, AesGcmCipher cipher, Correlation correlation) {
        this.database = database;
        this.cipher = cipher;
        this.correlation = correlation;
    }

    @Override
    public void enqueue(EmailMessage message, Instant now) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO email_outbox (id, recipient, subject, body_encrypted, enqueued_at, due_at, request_id)
                        VALUES (:id, :recipient, :subject, :body, :now, :now, :requestId)""")
                .bind("id", message.id())
                .bind("recipient", message.to().value())
                .bind("subject", message.subject())
                .bind("body", cipher.encrypt(message.textBody().getBytes(StandardCharsets.UTF_8), message.id()))
                .bind("now", Timestamps.utc(now))
                .bind("requestId", correlation.current().orElse(null))
                .execute());
    }

    @Override
    public List<PendingEmail> lockDue(Instant now, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT id, recipient, subject, body_encrypted, failed_attempts, request_id FROM email_outbox
                        WHERE sent_at IS NULL AND failed_at IS NULL AND due_at <= :now
                        ORDER BY due_at, enqueued_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("now", Timestamps.utc(now))
                .bind("limit", limit)
                .map((row, context) -> {
                    String id = row.getString("id");
                    String body = new String(cipher.decrypt(row.getBytes("body_encrypted"), id), StandardCharsets.UTF_8);
                    return new PendingEmail(
                            new EmailMessage(id, new EmailAddress(row.getString("recipient")), row.getString("subject"), body),
                            row.getInt("failed_attempts"), Optional.ofNullable(row.getString("request_id")));
                })
                .list());
    }

    @Override
    public void markSent(String id, Instant sentAt) {
        database.withHandle(handle -> handle.createUpdate(
                        "UPDATE email_outbox SET sent_at = :at, body_encrypted = NULL WHERE id = :id")
                .bind("at", Timestamps.utc(sentAt))
                .bind("id", id)
                .execute());
    }

    @Override
    public void scheduleRetry(String id, int attempts, Instant nextAttemptAt, String lastError) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE email_outbox SET failed_attempts = :attempts, due_at = :due, last_error = :error
                        WHERE id = :id""")
                .bind("attempts", attempts)
                .bind("due", Timestamps.utc(nextAttemptAt))
                .bind("error", truncated(lastError))
                .bind("id", id)
                .execute());
    }

    @Override
    public void markFailed(String id, Instant failedAt, String lastError) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE email_outbox SET failed_at = :at, last_error = :error, body_encrypted = NULL WHERE id = :id""")
                .bind("at", Timestamps.utc(failedAt))
                .bind("error", truncated(lastError))
                .bind("id", id)
                .execute());
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
