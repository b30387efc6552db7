package org.tdah.assistant.application.identity.sessions;

import java.time.Clock;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;

import org.tdah.assistant.application.identity.Caller;
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

    private final Sessions sessions;
    private final Clock clock;
    private final RefreshTokens refreshTokens;
    private final AuditTrail audit;

    public ManageSessions(Sessions sessions, Clock clock, RefreshTokens refreshTokens, AuditTrail audit) {
        this.sessions = sessions;
        this.clock = clock;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
    }

    public List<SessionView> list(Caller caller) {
        return sessions.ofAccount(caller.accountId(), clock.instant()).stream()
                .map(session -> new SessionView(session, session.id().equals(caller.session())))
                .toList();
    }

    /** Ends one of the caller's sessions; false when the caller has no session with that id. */
    public boolean end(Caller caller, SessionId id, RequestOrigin origin) {
        Instant now = clock.instant();
        Optional<Session> own = sessions.ofAccount(caller.accountId(), now).stream()
                .filter(session -> session.id().equals(id))
                .findFirst();
        if (own.isEmpty()) {
            return false;
        }
        sessions.end(id);
        refreshTokens.revokeSession(id, now);
        audit.record(SecurityEventType.SESSION_ENDED, caller.accountId(), origin);
        return true;
    }

    /** Ends every session of the caller but the current one. */
    public void endOthers(Caller caller, RequestOrigin origin) {
        sessions.endAllOf(caller.accountId(), caller.session());
        refreshTokens.revokeAllOf(caller.accountId(), caller.session(), clock.instant());
        audit.record(SecurityEventType.SESSION_ENDED, caller.accountId(), origin);
    }
}
