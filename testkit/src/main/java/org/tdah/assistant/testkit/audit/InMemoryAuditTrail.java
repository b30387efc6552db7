package org.tdah.assistant.testkit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.tdah.assistant.application.access.PermissionDecision;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditFilter;
import org.tdah.assistant.application.audit.AuditPosition;
import org.tdah.assistant.application.audit.port.AuditEntries;
import org.tdah.assistant.testkit.identity.InMemorySecurityEvents;

/**
 * The audit trail in memory: the decisions it records itself, unbuffered, and the security events
 * of {@link InMemorySecurityEvents}, numbered from the same sequence.
 */
public final class InMemoryAuditTrail implements AuditEntries, DecisionLog {
    /** Newest first: latest time, then highest sequence. */
    public static final Comparator<AuditPosition> NEWEST_FIRST = Comparator.comparing(AuditPosition::at)
            .thenComparingLong(AuditPosition::sequence).reversed();

    private final InMemorySecurityEvents securityEvents;
    private final LongSupplier sequence;
    private final List<AuditEntry> decisions = new ArrayList<>();

    public InMemoryAuditTrail(InMemorySecurityEvents securityEvents, LongSupplier sequence) {
        this.securityEvents = securityEvents;
        this.sequence = sequence;
    }

    @Override
    public synchronized void record(PermissionDecision decision) {
        decisions.add(AuditEntry.of(decision, sequence.getAsLong()));
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, Optional<AuditPosition> after, int limit) {
        List<AuditEntry> all = new ArrayList<>(decisions);
        all.addAll(securityEvents.asAuditEntries());
        return all.stream()
                .filter(entry -> matches(filter, entry))
                .filter(entry -> after.isEmpty() || NEWEST_FIRST.compare(entry.position(), after.get()) > 0)
                .sorted(Comparator.comparing(AuditEntry::position, NEWEST_FIRST))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long deleteOlderThan(Instant cutoff) {
        long before = decisions.size();
        decisions.removeIf(entry -> entry.at().isBefore(cutoff));
        return before - decisions.size() + securityEvents.deleteOlderThan(cutoff);
    }

    private static boolean matches(AuditFilter filter, AuditEntry entry) {
        return filter.actor().map(actor -> actor.equals(entry.actor())).orElse(true)
                && filter.subject().map(subject -> subject.equals(entry.subject())).orElse(true)
                && filter.action().map(entry.action()::equals).orElse(true)
                && filter.decision().map(decision -> decision == entry.decision()).orElse(true)
                && (filter.categories().isEmpty() || filter.categories().contains(entry.category()))
                && filter.from().map(from -> !entry.at().isBefore(from)).orElse(true)
                && filter.to().map(to -> entry.at().isBefore(to)).orElse(true);
    }
}
