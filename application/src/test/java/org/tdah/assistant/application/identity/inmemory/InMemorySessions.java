package org.tdah.assistant.application.identity.inmemory;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/** Sessions held in memory, expiring by the clock it is given. */
public final class InMemorySessions implements Sessions {
    private final Map<SessionId, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void start(Session session) {
        sessions.put(session.id(), session);
    }

    @Override
    public boolean isActive(SessionId id) {
        Session session = sessions.get(id);
        return session != null && clock.instant().isBefore(session.expiresAt());
    }

    @Override
    public void end(SessionId id) {
        sessions.remove(id);
    }

    @Override
    public void endAllOf(AccountId account, SessionId keep) {
        sessions.values().removeIf(session -> session.accountId().equals(account) && !Objects.equals(session.id(), keep));
    }
}
