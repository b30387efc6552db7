package org.tdah.assistant.adapters.persistence.audit;

import java.time.Duration;
import java.util.List;
import org.tdah.assistant.adapters.persistence.postgres.BufferedWrites;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.PermissionDecision;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.audit.AuditEntry;

/**
 * Permission decisions into {@code audit_entries} without a database round trip on the request:
 * they are written behind it in batches ({@link BufferedWrites}), at the latest every
 * {@code flushInterval} (docs/decisions/0015). Nothing is dropped: when the queue is full the
 * request writes its own decision (and answers 503 when even that fails), a batch that fails to
 * insert is retried, and {@link #close()} writes everything still queued. A crash loses at most the
 * decisions of the last flush interval.
 */
public final class BufferedDecisionLog implements DecisionLog, AutoCloseable {
    private final PostgresDatabase database;
    private final BufferedWrites<PermissionDecision> buffer;

    public BufferedDecisionLog(PostgresDatabase database, int capacity, Duration flushInterval) {
        this.database = database;
        this.buffer = new BufferedWrites<>("audit decisions", capacity, flushInterval, this::write);
    }

    @Override
    public void record(PermissionDecision decision) {
        if (!buffer.offer(decision)) {
            write(List.of(decision));
        }
    }

    /** Writes what is queued and waits until every decision recorded so far is written. */
    public void flush() {
        buffer.flush();
    }

    /** Stops the writer and writes what is left; later decisions are written by their requests. */
    @Override
    public void close() {
        buffer.close();
    }

    private void write(List<PermissionDecision> decisions) {
        database.withHandle(handle -> {
            var insert = handle.prepareBatch(AuditColumns.INSERT);
            AuditColumns.bind(insert, decisions.stream().map(decision -> AuditEntry.of(decision, 0)).toList());
            return insert.execute();
        });
    }
}
