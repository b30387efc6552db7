package org.tdah.assistant.adapters.persistence.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.PermissionDecision;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.shared.DependencyUnavailableException;

/**
 * Permission decisions into {@code audit_entries} without a database round trip on the request:
 * each decision joins a bounded queue that one writer thread drains into multi-row inserts, at the
 * latest every {@code flushInterval} (docs/decisions/0015). Nothing is dropped: when the queue is
 * full the request writes its own decision (and answers 503 when even that fails), a batch that
 * fails to insert is retried, and {@link #close()} writes everything still queued. A crash loses at
 * most the decisions of the last flush interval.
 */
public final class BufferedDecisionLog implements DecisionLog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedDecisionLog.class);
    private static final int BATCH = 500;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Duration FLUSH_WAIT = Duration.ofSeconds(10);

    private final PostgresDatabase database;
    private final BlockingQueue<PermissionDecision> queue;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final Duration flushInterval;
    private final Thread writer;
    private volatile boolean closing;

    public BufferedDecisionLog(PostgresDatabase database, int capacity, Duration flushInterval) {
        this.database = database;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.flushInterval = flushInterval;
        this.writer = new Thread(this::writeUntilClosed, "audit-decision-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(PermissionDecision decision) {
        unwritten.incrementAndGet();
        if (closing || !queue.offer(decision)) {
            try {
                write(List.of(decision));
            } finally {
                unwritten.decrementAndGet();
            }
        }
    }

    /** Writes what is queued and waits until every decision recorded so far is written. */
    public void flush() {
        writeQueued();
        long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
        while (unwritten.get() > 0 && System.nanoTime() < deadline) {
            writeQueued();
            Thread.onSpinWait();
        }
    }

    /** Stops the writer and writes what is left; later decisions are written by their requests. */
    @Override
    public void close() {
        closing = true;
        writer.interrupt();
        try {
            writer.join(FLUSH_WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private void writeUntilClosed() {
        while (!closing) {
            try {
                PermissionDecision first = queue.poll(flushInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<PermissionDecision> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, BATCH - 1);
                    writeWithRetry(batch);
                }
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    private void writeQueued() {
        List<PermissionDecision> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            writeWithRetry(batch);
            batch = new ArrayList<>();
        }
    }

    /** Writes the batch, retrying while PostgreSQL is away; only a fault of ours drops it, loudly. */
    private void writeWithRetry(List<PermissionDecision> batch) {
        try {
            while (true) {
                try {
                    write(batch);
                    return;
                } catch (DependencyUnavailableException unavailable) {
                    if (closing) {
                        LOG.error("PostgreSQL is unavailable at shutdown: {} audit decisions are lost", batch.size());
                        return;
                    }
                    LOG.error("PostgreSQL is unavailable: {} audit decisions wait, retrying in {}", batch.size(),
                            RETRY_PAUSE);
                    sleepUninterruptibly();
                } catch (RuntimeException fault) {
                    LOG.error("{} audit decisions could not be written and are lost", batch.size(), fault);
                    return;
                }
            }
        } finally {
            unwritten.addAndGet(-batch.size());
        }
    }

    private static void sleepUninterruptibly() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<PermissionDecision> decisions) {
        database.withHandle(handle -> {
            var insert = handle.prepareBatch(AuditColumns.INSERT);
            AuditColumns.bind(insert, decisions.stream().map(decision -> AuditEntry.of(decision, 0)).toList());
            return insert.execute();
        });
    }
}
