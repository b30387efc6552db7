package org.tdah.assistant.application.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Which entries to read; every criterion is optional (empty matches all). {@code from} is
 * inclusive and {@code to} exclusive; {@code categories} empty means every category.
 */
public record AuditFilter(Optional<AccountId> actor, Optional<AccountId> subject, Optional<String> action,
        Optional<Decision> decision, Set<AuditCategory> categories, Optional<Instant> from, Optional<Instant> to) {
    public AuditFilter {
        categories = Set.copyOf(categories);
    }

    public static final AuditFilter EVERYTHING = new AuditFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());

    /** What concerns one account: its security events and what administrators did to it. */
    public static AuditFilter activityOf(AccountId account) {
        return new AuditFilter(Optional.empty(), Optional.of(account), Optional.empty(), Optional.empty(),
                Set.of(AuditCategory.SECURITY, AuditCategory.ADMINISTRATION), Optional.empty(), Optional.empty());
    }
}
