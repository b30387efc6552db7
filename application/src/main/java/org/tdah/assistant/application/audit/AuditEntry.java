package org.tdah.assistant.application.audit;

import java.time.Instant;
import java.util.Objects;
import org.tdah.assistant.application.access.PermissionDecision;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * One line of the audit trail, as read back: its position, when, what kind, the action
 * ({@code user:manage} for a decision, {@code login-failed} for a security event), who acted (null
 * when nobody was signed in), whose account it concerns (null for a decision), the resource (a
 * decision's {@code METHOD /path}; null otherwise), the decision (null unless a decision) and where
 * the request came from. Never holds a secret.
 */
public record AuditEntry(AuditPosition position, AuditCategory category, String action, AccountId actor,
        AccountId subject, String resource, Decision decision, RequestOrigin origin) {
    public AuditEntry {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(origin, "origin");
        if ((category == AuditCategory.DECISION) != (decision != null)) {
            throw new IllegalArgumentException("a decision, and only a decision, has an outcome");
        }
    }

    public Instant at() {
        return position.at();
    }

    /** How a security event of the identity context reads in the trail. */
    public static AuditEntry of(SecurityEvent event, long sequence) {
        return new AuditEntry(new AuditPosition(event.at(), sequence), AuditCategory.of(event.type()),
                event.type().wireName(), event.actingAccount(), event.account(), null, null, event.origin());
    }

    /** How a permission decision reads in the trail. */
    public static AuditEntry of(PermissionDecision decision, long sequence) {
        return new AuditEntry(new AuditPosition(decision.at(), sequence), AuditCategory.DECISION,
                decision.permission().value(), decision.actor(), null, decision.resource(), decision.decision(),
                decision.origin());
    }
}
