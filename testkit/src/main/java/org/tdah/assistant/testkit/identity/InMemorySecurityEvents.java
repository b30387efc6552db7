package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * The security events of the audit trail in memory, each numbered from a sequence that the
 * in-memory trail shares, as PostgreSQL numbers every row of the one table they share.
 */
public final class InMemorySecurityEvents implements SecurityEvents, Transactional {
    private final List<SecurityEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> sequences = new ArrayList<>();
    private final LongSupplier sequence;

    public InMemorySecurityEvents() {
        this(new AtomicLong()::incrementAndGet);
    }

    public InMemorySecurityEvents(LongSupplier sequence) {
        this.sequence = sequence;
    }

    @Override
    public void record(SecurityEvent event) {
        synchronized (events) {
            events.add(event);
            sequences.add(sequence.getAsLong());
        }
    }

    /** Every event as it reads in the trail, oldest first. */
    public List<AuditEntry> asAuditEntries() {
        synchronized (events) {
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                entries.add(AuditEntry.of(events.get(i), sequences.get(i)));
            }
            return entries;
        }
    }

    /** Forgets the events older than {@code cutoff}; answers how many. */
    public long deleteOlderThan(Instant cutoff) {
        synchronized (events) {
            long deleted = 0;
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).at().isBefore(cutoff)) {
                    events.remove(i);
                    sequences.remove(i);
                    deleted++;
                }
            }
            return deleted;
        }
    }

    @Override
    public List<SecurityEvent> ofAccount(AccountId account, int limit) {
        synchronized (events) {
            List<SecurityEvent> matching = new ArrayList<>();
            for (int i = events.size() - 1; i >= 0 && matching.size() < limit; i--) {
                if (Objects.equals(events.get(i).account(), account)) {
                    matching.add(events.get(i));
                }
            }
            return matching;
        }
    }

    /** Every event, oldest first, whatever its account. */
    public List<SecurityEvent> all() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public Snapshot snapshot() {
        synchronized (events) {
            List<SecurityEvent> copy = List.copyOf(events);
            List<Long> sequenceCopy = List.copyOf(sequences);
            return () -> {
                synchronized (events) {
                    events.clear();
                    events.addAll(copy);
                    sequences.clear();
                    sequences.addAll(sequenceCopy);
                }
            };
        }
    }
}
