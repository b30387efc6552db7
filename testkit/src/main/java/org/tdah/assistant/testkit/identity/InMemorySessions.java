package org.tdah.assistant.testkit.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/** Sessions held in memory; behaves as {@code SessionsContract} says. */
public final class InMemorySessions implements Sessions {
    private final Map<SessionId, Session> sessions = new ConcurrentHashMap<>();
    private final Duration touchInterval;

    public InMemorySessions() {
        this(Duration.ofMinutes(1));
    }

    public InMemorySessions(Duration touchInterval) {
        this.touchInterval = touchInterval;
    }

    @Override
    public void start(Session session) {
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized Optional<Session> touch(SessionId id, Instant now) {
        Session session = sessions.get(id);
        if (session == null || !session.isActiveAt(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(touchInterval))) {
            session = session.seenAt(now);
            sessions.put(id, session);
        }
        return Optional.of(session);
    }

    @Override
    public List<Session> ofAccount(AccountId account, Instant now) {
        return sessions.values().stream()
                .filter(session -> session.accountId().equals(account) && session.isActiveAt(now))
                .sorted(Comparator.comparing(Session::createdAt).thenComparing(session -> session.id().value()))
                .toList();
    }

    @Override
    public void markAuthenticated(SessionId id, Instant at) {
        sessions.computeIfPresent(id, (key, session) -> session.authenticatedAt(at));
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
