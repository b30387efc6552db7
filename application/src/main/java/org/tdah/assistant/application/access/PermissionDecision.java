package org.tdah.assistant.application.access;

import java.time.Instant;
import java.util.Objects;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * A permission check on a request: who asked (null when nobody was signed in), for which permission,
 * on which resource ({@code METHOD /path}, never a query string, which may carry personal text),
 * the outcome, from where, when.
 */
public record PermissionDecision(AccountId actor, Permission permission, String resource, Decision decision,
        RequestOrigin origin, Instant at) {
    public PermissionDecision {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
    }
}
