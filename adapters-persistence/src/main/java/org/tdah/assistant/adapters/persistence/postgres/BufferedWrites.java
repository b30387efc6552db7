package org.tdah.assistant.adapters.persistence.postgres;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.shared.DependencyUnavailableException;

/**
 * Rows written behind the request: each joins a bounded queue that one writer thread drains into
 * batches (one multi-row insert each), at the latest every {@code flushInterval}. One thread
 * writes, so rows reach the table in the order they were queued. A batch that fails because
 * PostgreSQL is away is retried until it is back; {@link #close()} writes what is still queued.
 * When the queue is full or closing, {@link #offer} says so and the caller writes its row itself.
 * A crash loses at most the rows of the last flush interval.
 *
 * @param <T> one row
 */
public final class BufferedWrites<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedWrites.class);
    private static final int BATCH = 500;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Duration FLUSH_WAIT = Duration.ofSeconds(10);
    private static final long WAIT_STEP_NANOS = Duration.ofMillis(1).toNanos();

    private final String what;
    private final Consumer<List<T>> write;
    private final BlockingQueue<T> queue;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final Duration flushInterval;
    private final Thread writer;
    private volatile boolean closing;

    /**
     * @param what what the rows are, for the logs and the writer thread's name: "audit decisions"
     * @param write writes one batch; throws {@link DependencyUnavailableException} when PostgreSQL is away
     */
    public BufferedWrites(String what, int capacity, Duration flushInterval, Consumer<List<T>> write) {
        this.what = what;
        this.write = write;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.flushInterval = flushInterval;
        this.writer = new Thread(this::writeUntilClosed, what.replace(' ', '-') + "-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the row; false when the queue is full or closing, and then the caller writes it. */
    public boolean offer(T row) {
        unwritten.incrementAndGet();
        if (closing || !queue.offer(row)) {
            unwritten.decrementAndGet();
            return false;
        }
        return true;
    }

    /**
     * Waits (at most 10 s) until every row queued so far is written. The writer thread writes them,
     * batch after batch in the order they were queued; once it has stopped, this writes what is left.
     */
    public void flush() {
        if (!writer.isAlive()) {
            writeQueued();
            return;
        }
        long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
        while (unwritten.get() > 0 && writer.isAlive() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(WAIT_STEP_NANOS);
        }
        if (!writer.isAlive()) {
            writeQueued();
        }
    }

    /** Stops the writer and writes what is left; later rows are written by their callers. */
    @Override
    public void close() {
        closing = true;
        writer.interrupt();
        try {
            writer.join(FLUSH_WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        writeQueued();
    }

    private void writeUntilClosed() {
        while (!closing) {
            try {
                T first = queue.poll(flushInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<T> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, BATCH - 1);
                    writeWithRetry(batch);
                }
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    private void writeQueued() {
        List<T> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            writeWithRetry(batch);
            batch = new ArrayList<>();
        }
    }

    /** Writes the batch, retrying while PostgreSQL is away; only a fault of ours drops it, loudly. */
    private void writeWithRetry(List<T> batch) {
        try {
            while (true) {
                try {
                    write.accept(batch);
                    return;
                } catch (DependencyUnavailableException unavailable) {
                    if (closing) {
                        LOG.error("PostgreSQL is unavailable at shutdown: {} {} are lost", batch.size(), what);
                        return;
                    }
                    LOG.error("PostgreSQL is unavailable: {} {} wait, retrying in {}", batch.size(), what, RETRY_PAUSE);
                    sleepUninterruptibly();
                } catch (RuntimeException fault) {
                    LOG.error("{} {} could not be written and are lost", batch.size(), what, fault);
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
}
