package org.tdah.assistant.application.identity.support;

import java.time.Clock;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** Records security events with the time of the clock. */
public final class AuditTrail {
    private final SecurityEvents events;
    private final Clock clock;

    public AuditTrail(SecurityEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(SecurityEventType type, AccountId account, RequestOrigin origin) {
        events.record(new SecurityEvent(type, account, origin, clock.instant()));
    }

    /** An administrative event: {@code administrator} did {@code type} to {@code account}. */
    public void recordAdministrative(SecurityEventType type, AccountId account, AccountId administrator,
            RequestOrigin origin) {
        events.record(new SecurityEvent(type, account, administrator, origin, clock.instant()));
    }
}
