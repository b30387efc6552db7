package org.tdah.assistant.application.audit;

import java.time.Clock;
import java.time.Duration;
import org.tdah.assistant.application.audit.port.AuditEntries;

/** Deletes what is older than the retention period; run by a recurring background job. */
public final class PruneAuditTrail {
    private final AuditEntries entries;
    private final Duration retention;
    private final Clock clock;

    PruneAuditTrail(AuditEntries entries, Duration retention, Clock clock) {
        this.entries = entries;
        this.retention = retention;
        this.clock = clock;
    }

    /** Answers how many entries were deleted. */
    public long prune() {
        return entries.deleteOlderThan(clock.instant().minus(retention));
    }
}
