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
 * at once, one is kept. A claim is one {@code UPDATE} of each sender's oldest unrouted text
 * ({@code DISTINCT ON (from_number)}) when it is not leased, the senders with the fewest texts
 * waiting first (a window count), setting its lease; the
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
                        INSERT INTO sms_inbound (id, message_sid, from_number, to_number, body, segments, received_at)
                        VALUES (:id, :sid, :from, :to, :body, :segments, :receivedAt)
                        ON CONFLICT (message_sid) DO NOTHING""")
                .bind("id", text.id())
                .bind("sid", text.messageSid())
                .bind("from", text.from().value())
                .bind("to", text.to().value())
                .bind("body", text.body())
                .bind("segments", text.segments())
                .bind("receivedAt", Timestamps.utc(text.receivedAt()))
                .execute()) == 1;
    }

    @Override
    public List<InboundText> claimWaiting(int limit, Instant now, Instant leaseUntil) {
        return database.withHandle(handle -> handle.createQuery("""
                        WITH claimed AS (
                            UPDATE sms_inbound SET leased_until = :leaseUntil
                            WHERE id IN (SELECT id FROM (SELECT DISTINCT ON (from_number) id, received_at, leased_until,
                                                                count(*) OVER (PARTITION BY from_number) AS queued
                                                         FROM sms_inbound
                                                         WHERE routed_at IS NULL
                                                         ORDER BY from_number, received_at, id) oldest_of_each_sender
                                         WHERE leased_until IS NULL OR leased_until <= :now
                                         ORDER BY queued, received_at, id
                                         LIMIT :limit)
                              AND routed_at IS NULL AND (leased_until IS NULL OR leased_until <= :now)
                            RETURNING id, message_sid, from_number, to_number, body, segments, received_at)
                        SELECT * FROM claimed ORDER BY received_at, id""")
                .bind("leaseUntil", Timestamps.utc(leaseUntil))
                .bind("now", Timestamps.utc(now))
                .bind("limit", limit)
                .map((row, context) -> new InboundText(row.getString("id"), row.getString("message_sid"),
                        new PhoneNumber(row.getString("from_number")), new PhoneNumber(row.getString("to_number")),
                        row.getString("body"), row.getInt("segments"), Timestamps.instant(row, "received_at")))
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
