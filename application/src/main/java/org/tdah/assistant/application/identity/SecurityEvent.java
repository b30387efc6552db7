package org.tdah.assistant.application.identity;

import java.time.Instant;
import java.util.Objects;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * One entry of the audit trail: what happened, to which account (null when none is known, as for
 * a failed login with an unknown email), from where, when. Never holds a secret.
 */
public record SecurityEvent(SecurityEventType type, AccountId account, RequestOrigin origin, Instant at) {
    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
    }
}
