package org.tdah.assistant.adapters.persistence.sms;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.persistence.RootCause;
import org.tdah.assistant.adapters.persistence.postgres.BufferedWrites;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/**
 * The channel log in {@code sms_channel_logs}, in the order of its identity column. Exchanges are
 * written behind the call that made them, in batches ({@link BufferedWrites}), on connections of
 * their own: an exchange is kept even when the caller's transaction rolls back, and a webhook or a
 * call to the provider never waits for its log entry. An entry that cannot be written (the queue is
 * full and PostgreSQL refuses it, or PostgreSQL refuses it for its content) is logged and dropped
 * without failing the caller. {@link #newest} first writes what this instance has queued, so an
 * administrator sees every exchange made before the read; a crash loses at most the entries of the
 * last flush interval.
 */
public final class JdbiChannelLogs implements ChannelLogs, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiChannelLogs.class);
    private static final String INSERT = """
            INSERT INTO sms_channel_logs (at, direction, method, url, status, request, response, duration_nanos,
                message_sid, error)
            VALUES (:at, :direction, :method, :url, :status, :request, :response, :duration, :messageSid, :error)""";

    private final PostgresDatabase database;
    private final BufferedWrites<ChannelExchange> buffer;

    public JdbiChannelLogs(PostgresDatabase database, int capacity, Duration flushInterval) {
        this.database = database;
        this.buffer = new BufferedWrites<>("channel log entries", capacity, flushInterval, this::write);
    }

    @Override
    public void record(ChannelExchange exchange) {
        if (!buffer.offer(exchange)) {
            try {
                writeOne(exchange);
            } catch (RuntimeException e) {
                dropped(exchange, e);
            }
        }
    }

    /** Stops the writer and writes what is left; later entries are written by their callers. */
    @Override
    public void close() {
        buffer.close();
    }

    /**
     * The batch in one transaction; a batch PostgreSQL refuses for a row's content leaves nothing,
     * and is written again row by row, so that only that row is dropped.
     */
    private void write(List<ChannelExchange> batch) {
        try {
            database.withOwnHandle(handle -> handle.inTransaction(transaction -> {
                PreparedBatch insert = transaction.prepareBatch(INSERT);
                batch.forEach(exchange -> bind(insert, exchange).add());
                return insert.execute();
            }));
        } catch (DependencyUnavailableException unavailable) {
            throw unavailable;
        } catch (RuntimeException refused) {
            for (ChannelExchange exchange : batch) {
                try {
                    writeOne(exchange);
                } catch (DependencyUnavailableException unavailable) {
                    throw unavailable;
                } catch (RuntimeException e) {
                    dropped(exchange, e);
                }
            }
        }
    }

    private void writeOne(ChannelExchange exchange) {
        database.withOwnHandle(handle -> bind(handle.createUpdate(INSERT), exchange).execute());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ChannelExchange exchange) {
        return statement.bind("at", Timestamps.utc(exchange.at()))
                .bind("direction", Columns.of(exchange.direction()))
                .bind("method", exchange.method())
                .bind("url", exchange.url())
                .bind("status", exchange.status())
                .bind("request", exchange.request())
                .bind("response", exchange.response())
                .bind("duration", exchange.duration().toNanos())
                .bind("messageSid", exchange.messageSid().orElse(null))
                .bind("error", exchange.error().orElse(null));
    }

    private static void dropped(ChannelExchange exchange, RuntimeException e) {
        LOG.warn("channel log entry dropped ({} {} {}): {}", exchange.direction(), exchange.method(), exchange.url(),
                RootCause.messageOf(e));
    }

    @Override
    public List<ChannelLogEntry> newest(int limit, Optional<ChannelLogEntry.Position> before) {
        buffer.flush();
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
