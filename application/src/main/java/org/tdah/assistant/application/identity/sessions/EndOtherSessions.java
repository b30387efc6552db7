package org.tdah.assistant.application.identity.sessions;

import java.time.Clock;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** Ends every session of the caller but the current one (after a scare), with their refresh tokens. */
public final class EndOtherSessions {
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final AuditTrail audit;
    private final Clock clock;

    public EndOtherSessions(Sessions sessions, RefreshTokens refreshTokens, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    public void endOthers(Caller caller, RequestOrigin origin) {
        sessions.endAllOf(caller.accountId(), caller.session());
        refreshTokens.revokeAllOf(caller.accountId(), caller.session(), clock.instant());
        audit.record(SecurityEventType.SESSION_ENDED, caller.accountId(), origin);
    }
}
