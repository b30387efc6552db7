package org.tdah.assistant.application.identity;

import java.time.Instant;
import java.util.Objects;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * One entry of the audit trail: what happened, to which account (null when none is known, as for
 * a failed login with an unknown email), who did it when it was not the account itself (an
 * administrator, for the administrative types; null otherwise), from where, when. Never holds a
 * secret.
 */
public record SecurityEvent(SecurityEventType type, AccountId account, AccountId actor, RequestOrigin origin,
        Instant at) {
    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
        if (type.administrative() && (actor == null || account == null)) {
            throw new IllegalArgumentException(type + " needs the administrator who acted and the account");
        }
    }

    /**
     * Who the trail names as having acted: the administrator for an administrative event, else the
     * account itself (the one signed in, or the one a failed login targeted); null when neither is known.
     */
    public AccountId actingAccount() {
        return actor != null ? actor : account;
    }

    /** An event the account's owner, or the system, caused. */
    public SecurityEvent(SecurityEventType type, AccountId account, RequestOrigin origin, Instant at) {
        this(type, account, null, origin, at);
    }
}
