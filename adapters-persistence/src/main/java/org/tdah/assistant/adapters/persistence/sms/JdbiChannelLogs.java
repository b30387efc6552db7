package org.tdah.assistant.adapters.persistence.sms;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.persistence.RootCause;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/**
 * The channel log in {@code sms_channel_logs}, in the order of its identity column. An exchange is
 * written on a connection of its own, outside any transaction of the caller: it is kept even when
 * that transaction rolls back, and an entry that cannot be written is logged and dropped without
 * failing the caller or its transaction.
 */
public final class JdbiChannelLogs implements ChannelLogs {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiChannelLogs.class);
    private final PostgresDatabase database;

    public JdbiChannelLogs(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void record(ChannelExchange exchange) {
        try {
            database.withOwnHandle(handle -> handle.createUpdate("""
                            INSERT INTO sms_channel_logs (at, direction, method, url, status, request, response,
                                duration_nanos, message_sid, error)
                            VALUES (:at, :direction, :method, :url, :status, :request, :response, :duration,
                                :messageSid, :error)""")
                    .bind("at", Timestamps.utc(exchange.at()))
                    .bind("direction", Columns.of(exchange.direction()))
                    .bind("method", exchange.method())
                    .bind("url", exchange.url())
                    .bind("status", exchange.status())
                    .bind("request", exchange.request())
                    .bind("response", exchange.response())
                    .bind("duration", exchange.duration().toNanos())
                    .bind("messageSid", exchange.messageSid().orElse(null))
                    .bind("error", exchange.error().orElse(null))
                    .execute());
        } catch (RuntimeException e) {
            LOG.warn("channel log entry dropped ({} {} {}): {}", exchange.direction(), exchange.method(),
                    exchange.url(), RootCause.messageOf(e));
        }
    }

    @Override
    public List<ChannelLogEntry> newest(int limit, Optional<ChannelLogEntry.Position> before) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT id, at, direction, method, url, status, request, response, duration_nanos, message_sid,
                            error
                        FROM sms_channel_logs
                        WHERE CAST(:before AS BIGINT) IS NULL OR id < :before
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("before", before.map(ChannelLogEntry.Position::id).orElse(null))
                .bind("limit", limit)
                .map((row, context) -> new ChannelLogEntry(row.getLong("id"), new ChannelExchange(
                        Timestamps.instant(row, "at"),
                        Columns.parsed(ChannelExchange.Direction.class, row.getString("direction")),
                        row.getString("method"),
                        row.getString("url"),
                        row.getInt("status"),
                        row.getString("request"),
                        row.getString("response"),
                        Duration.ofNanos(row.getLong("duration_nanos")),
                        Optional.ofNullable(row.getString("message_sid")),
                        Optional.ofNullable(row.getString("error")))))
                .list());
    }
}
