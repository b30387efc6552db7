package org.tdah.assistant.application.audit;

import java.util.List;
import java.util.Optional;

/** One page of the trail, newest first, and where the next page starts when there is one. */
public record AuditPage(List<AuditEntry> items, Optional<AuditPosition> next) {
    public AuditPage {
        items = List.copyOf(items);
    }
}
