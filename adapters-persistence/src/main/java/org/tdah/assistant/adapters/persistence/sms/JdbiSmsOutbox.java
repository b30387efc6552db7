package org.tdah.assistant.adapters.persistence.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The outbox in {@code sms_outbox}, paced by {@code sms_senders} (one row per sending number: when
 * it may next have a text claimed). A claim is one statement: it marks the expired claims lost,
 * locks the sender rows free at {@code now} that have a ready text with {@code FOR UPDATE SKIP
 * LOCKED} (so two instances never claim from one number at once, nor wait on each other), claims
 * the oldest ready text of each and moves its sender's next time on by the spacing. A lost text
 * is never ready again; a late {@link #sent} or {@link #failed} of it still records the truth.
 * Bodies are erased once a text is settled.
 */
public final class JdbiSmsOutbox implements SmsOutbox {
    private static final int MAX_ERROR = 500;
    private static final String COLUMNS = "id, from_number, to_number, body, account_id, attempts, queued_at, request_id";
    private final PostgresDatabase database;

    public JdbiSmsOutbox(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void enqueue(QueuedText text) {
        database.withHandle(handle -> handle.createUpdate("""
                        WITH sender AS (
                            INSERT INTO sms_senders (from_number, next_at) VALUES (:from, '-infinity')
                            ON CONFLICT (from_number) DO NOTHING)
                        INSERT INTO sms_outbox (id, from_number, to_number, body, account_id, state, attempts,
                            queued_at, ready_at, request_id)
                        VALUES (:id, :from, :to, :body, :person, 'ready', :attempts, :queuedAt, :queuedAt, :requestId)""")
                .bind("id", text.id())
                .bind("from", text.from().value())
                .bind("to", text.to().value())
                .bind("body", text.body())
                .bind("person", text.person().map(AccountId::value).orElse(null))
                .bind("attempts", text.attempts())
                .bind("queuedAt", Timestamps.utc(text.queuedAt()))
                .bind("requestId", text.requestId().orElse(null))
                .execute());
    }

    @Override
    public List<QueuedText> claimReady(Instant now, Duration spacing, Duration claimFor, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        WITH lost AS (
                            UPDATE sms_outbox SET state = 'lost', claimed_until = NULL, body = NULL, settled_at = :now
                            WHERE state = 'claimed' AND claimed_until <= :now),
                        free_senders AS (
                            SELECT s.from_number FROM sms_senders s
                            WHERE s.next_at <= :now
                              AND EXISTS (SELECT 1 FROM sms_outbox o
                                          WHERE o.from_number = s.from_number AND o.state = 'ready' AND o.ready_at <= :now)
                            ORDER BY (SELECT min(o.queued_at) FROM sms_outbox o
                                      WHERE o.from_number = s.from_number AND o.state = 'ready' AND o.ready_at <= :now),
                                s.from_number
                            LIMIT :limit
                            FOR UPDATE OF s SKIP LOCKED),
                        oldest AS (
                            SELECT DISTINCT ON (o.from_number) o.id, o.from_number
                            FROM sms_outbox o JOIN free_senders f ON f.from_number = o.from_number
                            WHERE o.state = 'ready' AND o.ready_at <= :now
                            ORDER BY o.from_number, o.queued_at, o.id),
                        paced AS (
                            UPDATE sms_senders SET next_at = :nextAt
                            WHERE from_number IN (SELECT from_number FROM oldest)),
                        claimed AS (
                            UPDATE sms_outbox SET state = 'claimed', claimed_until = :claimedUntil
                            WHERE id IN (SELECT id FROM oldest) AND state = 'ready'
                            RETURNING\s""" + COLUMNS + """
                        )
                        SELECT * FROM claimed ORDER BY queued_at, id""")
                .bind("now", Timestamps.utc(now))
                .bind("nextAt", Timestamps.utc(now.plus(spacing)))
                .bind("claimedUntil", Timestamps.utc(now.plus(claimFor)))
                .bind("limit", limit)
                .map((row, context) -> new QueuedText(row.getString("id"), new PhoneNumber(row.getString("from_number")),
                        new PhoneNumber(row.getString("to_number")), row.getString("body"),
                        Optional.ofNullable(row.getString("account_id")).map(AccountId::new), row.getInt("attempts"),
                        Timestamps.instant(row, "queued_at"), Optional.ofNullable(row.getString("request_id"))))
                .list());
    }

    @Override
    public void sent(String id, String providerSid, Instant at) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_outbox SET state = 'sent', provider_sid = :sid, claimed_until = NULL, body = NULL,
                            settled_at = :at
                        WHERE id = :id AND state IN ('claimed', 'lost')""")
                .bind("id", id)
                .bind("sid", providerSid)
                .bind("at", Timestamps.utc(at))
                .execute());
    }

    @Override
    public void retryAt(String id, Instant retryAt, String error) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_outbox SET state = 'ready', ready_at = :retryAt, attempts = attempts + 1,
                            claimed_until = NULL, last_error = :error
                        WHERE id = :id AND state = 'claimed'""")
                .bind("id", id)
                .bind("retryAt", Timestamps.utc(retryAt))
                .bind("error", truncated(error))
                .execute());
    }

    @Override
    public void failed(String id, String error, Instant at) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_outbox SET state = 'failed', last_error = :error, claimed_until = NULL, body = NULL,
                            settled_at = :at
                        WHERE id = :id AND state IN ('ready', 'claimed', 'lost')""")
                .bind("id", id)
                .bind("error", truncated(error))
                .bind("at", Timestamps.utc(at))
                .execute());
    }

    @Override
    public int queuedTo(PhoneNumber to, Instant since) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM sms_outbox WHERE to_number = :to AND queued_at >= :since")
                .bind("to", to.value())
                .bind("since", Timestamps.utc(since))
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public int waiting() {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM sms_outbox WHERE state IN ('ready', 'claimed')")
                .mapTo(Integer.class)
                .one());
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
