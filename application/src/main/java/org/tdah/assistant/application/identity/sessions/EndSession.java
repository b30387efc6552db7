package org.tdah.assistant.application.identity.sessions;

import java.time.Clock;
import java.time.Instant;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * Ends one of the caller's sessions (a lost phone) with its refresh tokens. A session of another
 * account is answered as if it did not exist.
 */
public final class EndSession {

    /** How ending the session went. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Ended ended);

            T on(NoSuchSession noSuchSession);
        }

        record Ended() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller has no session with that id (it may be someone else's). */
        record NoSuchSession() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final AuditTrail audit;
    private final Clock clock;

    public EndSession(Sessions sessions, RefreshTokens refreshTokens, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    public Result end(Caller caller, SessionId id, RequestOrigin origin) {
        Instant now = clock.instant();
        boolean own = sessions.ofAccount(caller.accountId(), now).stream().anyMatch(session -> session.id().equals(id));
        if (!own) {
            return new Result.NoSuchSession();
        }
        sessions.end(id);
        refreshTokens.revokeSession(id, now);
        audit.record(SecurityEventType.SESSION_ENDED, caller.accountId(), origin);
        return new Result.Ended();
    }
}
