package org.tdah.assistant.application.audit;

import java.util.Optional;
import org.tdah.assistant.application.audit.port.AuditEntries;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.domain.shared.PageLimit;

/**
 * A person's own security history: the security events of their account (logins, failed ones,
 * password and second-factor changes...) and what administrators did to it. Never anyone else's.
 */
public final class ViewOwnActivity {
    private final AuditEntries entries;

    ViewOwnActivity(AuditEntries entries) {
        this.entries = entries;
    }

    public AuditPage of(Caller caller, Optional<AuditPosition> after, PageLimit limit) {
        return AuditPages.read(entries, AuditFilter.activityOf(caller.accountId()), after, limit);
    }
}
