package org.tdah.assistant.application.identity.sessions;

import java.time.Clock;
import java.util.List;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.domain.identity.Session;

/** A person's view of where they are logged in; sessions of other accounts are never visible. */
public final class ListSessions {

    /** One of the caller's sessions, and whether it is the one making the request. */
    public record SessionView(Session session, boolean current) {}

    private final Sessions sessions;
    private final Clock clock;

    public ListSessions(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public List<SessionView> list(Caller caller) {
        return sessions.ofAccount(caller.accountId(), clock.instant()).stream()
                .map(session -> new SessionView(session, session.id().equals(caller.session())))
                .toList();
    }
}
