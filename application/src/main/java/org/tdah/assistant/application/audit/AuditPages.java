package org.tdah.assistant.application.audit;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.audit.port.AuditEntries;
import org.tdah.assistant.domain.shared.PageLimit;

/** Reads one page: one entry more than asked tells whether another page follows. */
final class AuditPages {
    private AuditPages() {}

    static AuditPage read(AuditEntries entries, AuditFilter filter, Optional<AuditPosition> after, PageLimit limit) {
        List<AuditEntry> found = entries.find(filter, after, limit.value() + 1);
        if (found.size() <= limit.value()) {
            return new AuditPage(found, Optional.empty());
        }
        List<AuditEntry> page = found.subList(0, limit.value());
        return new AuditPage(page, Optional.of(page.get(page.size() - 1).position()));
    }
}
