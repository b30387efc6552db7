package org.tdah.assistant.testkit.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.PendingEmail;
import java.util.Optional;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.EmailOutbox;

/** The email outbox in memory; behaves as {@code EmailOutboxContract} says (without durability). */
public final class InMemoryEmailOutbox implements EmailOutbox, Transactional {

    /** The state of one email of the outbox. */
    public record Entry(EmailMessage message, Instant enqueuedAt, Instant dueAt, int failedAttempts,
            Instant sentAt, Instant failedAt, String lastError, Optional<String> requestId) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Correlation correlation;

    /** An outbox that keeps the request ids {@code correlation} holds when emails are queued. */
    public InMemoryEmailOutbox(Correlation correlation) {
        this.correlation = correlation;
    }

    /** An outbox of its own correlation, for tests that do not look at request ids. */
    public InMemoryEmailOutbox() {
        this(new InMemoryCorrelation());
    }

    @Override
    public synchronized void enqueue(EmailMessage message, Instant now) {
        entries.put(message.id(), new Entry(message, now, now, 0, null, null, null, correlation.current()));
    }

    @Override
    public synchronized List<PendingEmail> lockDue(Instant now, int limit) {
        return entries.values().stream()
                .filter(entry -> entry.sentAt() == null && entry.failedAt() == null && !entry.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Entry::dueAt))
                .limit(limit)
                .map(entry -> new PendingEmail(entry.message(), entry.failedAttempts(), entry.requestId()))
                .toList();
    }

    @Override
    public synchronized void markSent(String id, Instant sentAt) {
        entries.computeIfPresent(id, (key, e) -> new Entry(e.message(), e.enqueuedAt(), e.dueAt(), e.failedAttempts(),
                sentAt, null, e.lastError(), e.requestId()));
    }

    @Override
    public synchronized void scheduleRetry(String id, int attempts, Instant nextAttemptAt, String lastError) {
        entries.computeIfPresent(id, (key, e) -> new Entry(e.message(), e.enqueuedAt(), nextAttemptAt, attempts,
                null, null, lastError, e.requestId()));
    }

    @Override
    public synchronized void markFailed(String id, Instant failedAt, String lastError) {
        entries.computeIfPresent(id, (key, e) -> new Entry(e.message(), e.enqueuedAt(), e.dueAt(), e.failedAttempts(),
                null, failedAt, lastError, e.requestId()));
    }

    /** Every email ever enqueued, in order, with its state. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot entriesCopy = Transactional.copyOf(entries);
        return () -> {
            synchronized (this) {
                entriesCopy.restore();
            }
        };
    }
}
