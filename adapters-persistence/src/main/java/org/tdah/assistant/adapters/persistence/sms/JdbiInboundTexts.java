package org.tdah.assistant.adapters.persistence.sms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.RoutingOutcome;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The router's intake queue in {@code sms_inbound}. {@link #receive} is an
 * {@code INSERT ... ON CONFLICT (message_sid) DO NOTHING}, so of two deliveries of one text, even
 * at once, one is kept. A claim is one {@code UPDATE} of each sender's oldest unrouted text when
 * it is not leased, the senders with the fewest texts waiting first, setting its lease. The senders
 * are found by a skip scan of the waiting texts' index (one probe per sender, however long the
 * backlog) and their texts counted up to {@value InboundTexts#FLOOD}; the
 * {@code UPDATE} checks again that the row is unleased, so of two claimers racing for a row, the
 * second waits for the first and then skips it. A lease that ran out ({@code leased_until} at or
 * before now) makes the text waiting again. Routing sets the outcome of an unrouted row only.
 */
public final class JdbiInboundTexts implements InboundTexts {
    private final PostgresDatabase database;

    public JdbiInboundTexts(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean receive(InboundText text) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO sms_inbound (id, message_sid, from_number, to_number, body, segments, received_at,
                            request_id)
                        VALUES (:id, :sid, :from, :to, :body, :segments, :receivedAt, :requestId)
                        ON CONFLICT (message_sid) DO NOTHING""")
                .bind("id", text.id())
                .bind("sid", text.messageSid())
                .bind("from", text.from().value())
                .bind("to", text.to().value())
                .bind("body", text.body())
                .bind("segments", text.segments())
                .bind("receivedAt", Timestamps.utc(text.receivedAt()))
                .bind("requestId", text.requestId().orElse(null))
                .execute()) == 1;
    }

    @Override
    public List<InboundText> claimWaiting(int limit, Instant now, Instant leaseUntil) {
        return database.withHandle(handle -> handle.createQuery("""
                        WITH RECURSIVE senders (from_number) AS (
                            (SELECT from_number FROM sms_inbound WHERE routed_at IS NULL ORDER BY from_number LIMIT 1)
                            UNION ALL
                            SELECT (SELECT next.from_number FROM sms_inbound next
                                    WHERE next.routed_at IS NULL AND next.from_number > sender.from_number
                                    ORDER BY next.from_number LIMIT 1)
                            FROM senders sender WHERE sender.from_number IS NOT NULL),
                        heads AS (
                            SELECT head.id, head.received_at, head.leased_until,
                                   (SELECT count(*) FROM (SELECT 1 FROM sms_inbound queued
                                                          WHERE queued.routed_at IS NULL
                                                            AND queued.from_number = sender.from_number
                                                          LIMIT :floodFrom) counted) AS waiting
                            FROM senders sender
                            CROSS JOIN LATERAL (SELECT id, received_at, leased_until FROM sms_inbound oldest
                                                WHERE oldest.routed_at IS NULL AND oldest.from_number = sender.from_number
                                                ORDER BY oldest.received_at, oldest.id LIMIT 1) head
                            WHERE sender.from_number IS NOT NULL),
                        claimed AS (
                            UPDATE sms_inbound SET leased_until = :leaseUntil
                            WHERE id IN (SELECT id FROM heads
                                         WHERE leased_until IS NULL OR leased_until <= :now
                                         ORDER BY waiting, received_at, id
                                         LIMIT :limit)
                              AND routed_at IS NULL AND (leased_until IS NULL OR leased_until <= :now)
                            RETURNING id, message_sid, from_number, to_number, body, segments, received_at, request_id)
                        SELECT * FROM claimed ORDER BY received_at, id""")
                .bind("leaseUntil", Timestamps.utc(leaseUntil))
                .bind("now", Timestamps.utc(now))
                .bind("limit", limit)
                .bind("floodFrom", InboundTexts.FLOOD)
                .map((row, context) -> new InboundText(row.getString("id"), row.getString("message_sid"),
                        new PhoneNumber(row.getString("from_number")), new PhoneNumber(row.getString("to_number")),
                        row.getString("body"), row.getInt("segments"), Timestamps.instant(row, "received_at"),
                        Optional.ofNullable(row.getString("request_id"))))
                .list());
    }

    @Override
    public boolean routed(String id, RoutingOutcome outcome, Optional<AccountId> person, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_inbound SET outcome = :outcome, account_id = :person, routed_at = :at,
                            leased_until = NULL
                        WHERE id = :id AND routed_at IS NULL""")
                .bind("id", id)
                .bind("outcome", Columns.of(outcome))
                .bind("person", person.map(AccountId::value).orElse(null))
                .bind("at", Timestamps.utc(at))
                .execute()) == 1;
    }

    @Override
    public Optional<RoutingOutcome> outcomeOf(String messageSid) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT outcome FROM sms_inbound WHERE message_sid = :sid AND outcome IS NOT NULL")
                .bind("sid", messageSid)
                .map((row, context) -> Columns.parsed(RoutingOutcome.class, row.getString("outcome")))
                .findOne());
    }

    @Override
    public int waiting() {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM sms_inbound WHERE routed_at IS NULL")
                .mapTo(Integer.class)
                .one());
    }
}
