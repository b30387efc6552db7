package org.tdah.assistant.application.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an entry sits in the trail, newest first: its time, then its sequence number among entries
 * of the same time. Paging resumes strictly after a position, so no entry is seen twice or skipped
 * while new ones arrive.
 */
public record AuditPosition(Instant at, long sequence) {
    public AuditPosition {
        Objects.requireNonNull(at, "at");
    }
}
