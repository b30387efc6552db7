package org.tdah.assistant.testkit.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.shared.Transactional;

/** The audit trail in memory. */
public final class InMemorySecurityEvents implements SecurityEvents, Transactional {
    private final List<SecurityEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(SecurityEvent event) {
        events.add(event);
    }

    @Override
    public List<SecurityEvent> ofAccount(AccountId account, int limit) {
        synchronized (events) {
            List<SecurityEvent> matching = new ArrayList<>();
            for (int i = events.size() - 1; i >= 0 && matching.size() < limit; i--) {
                if (Objects.equals(events.get(i).account(), account)) {
                    matching.add(events.get(i));
                }
            }
            return matching;
        }
    }

    /** Every event, oldest first, whatever its account. */
    public List<SecurityEvent> all() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public Snapshot snapshot() {
        synchronized (events) {
            List<SecurityEvent> copy = List.copyOf(events);
            return () -> {
                synchronized (events) {
                    events.clear();
                    events.addAll(copy);
                }
            };
        }
    }
}
