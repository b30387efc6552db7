package org.tdah.assistant.adapters.metrics;

import java.util.List;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** The audit trail of security events, counting registrations as they are recorded. */
public final class CountedSecurityEvents implements SecurityEvents {
    private final SecurityEvents trail;
    private final AssistantMetrics metrics;

    public CountedSecurityEvents(SecurityEvents trail, AssistantMetrics metrics) {
        this.trail = trail;
        this.metrics = metrics;
    }

    @Override
    public void record(SecurityEvent event) {
        trail.record(event);
        if (event.type() == SecurityEventType.REGISTERED) {
            metrics.registered();
        }
    }

    @Override
    public List<SecurityEvent> ofAccount(AccountId account, int limit) {
        return trail.ofAccount(account, limit);
    }
}
