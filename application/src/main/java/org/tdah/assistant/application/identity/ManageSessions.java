package org.tdah.assistant.application.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * A person's view of where they are logged in, and ending those logins: one (a lost phone), or
 * every one but the current (after a scare). Sessions of other accounts are never visible: asking
 * to end one is answered as if it did not exist.
 */
public final class ManageSessions {

    /** One of the caller's sessions, and whether it is the one making the request. */
    public record SessionView(Session session, boolean current) {}

    private final IdentityServices deps;

    public ManageSessions(IdentityServices services) {
        this.deps = services;
    }

    public List<SessionView> list(Caller caller) {
        return deps.sessions().ofAccount(caller.accountId(), deps.clock().instant()).stream()
                .map(session -> new SessionView(session, session.id().equals(caller.session())))
                .toList();
    }

    /** Ends one of the caller's sessions; false when the caller has no session with that id. */
    public boolean end(Caller caller, SessionId id, RequestOrigin origin) {
        Instant now = deps.clock().instant();
        Optional<Session> own = deps.sessions().ofAccount(caller.accountId(), now).stream()
                .filter(session -> session.id().equals(id))
                .findFirst();
        if (own.isEmpty()) {
            return false;
        }
        deps.sessions().end(id);
        deps.refreshTokens().revokeSession(id, now);
        deps.audit().record(SecurityEventType.SESSION_ENDED, caller.accountId(), origin);
        return true;
    }

    /** Ends every session of the caller but the current one. */
    public void endOthers(Caller caller, RequestOrigin origin) {
        deps.sessions().endAllOf(caller.accountId(), caller.session());
        deps.refreshTokens().revokeAllOf(caller.accountId(), caller.session(), deps.clock().instant());
        deps.audit().record(SecurityEventType.SESSION_ENDED, caller.accountId(), origin);
    }
}
