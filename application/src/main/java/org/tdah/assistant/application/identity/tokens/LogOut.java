package org.tdah.assistant.application.identity.tokens;

import java.time.Clock;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** Ends the caller's session: its access and refresh tokens are refused from the next request on. */
public final class LogOut {
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Clock clock;
    private final AuditTrail audit;

    public LogOut(Sessions sessions, RefreshTokens refreshTokens, Clock clock, AuditTrail audit) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
        this.audit = audit;
    }

    public void logOut(Caller caller, RequestOrigin origin) {
        sessions.end(caller.session());
        refreshTokens.revokeSession(caller.session(), clock.instant());
        audit.record(SecurityEventType.LOGGED_OUT, caller.accountId(), origin);
    }
}
