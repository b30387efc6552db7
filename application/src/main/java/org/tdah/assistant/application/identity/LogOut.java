package org.tdah.assistant.application.identity;

import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** Ends the caller's session: its access and refresh tokens are refused from the next request on. */
public final class LogOut {
    private final IdentityServices deps;

    public LogOut(IdentityServices services) {
        this.deps = services;
    }

    public void logOut(Caller caller, RequestOrigin origin) {
        deps.sessions().end(caller.session());
        deps.refreshTokens().revokeSession(caller.session(), deps.clock().instant());
        deps.audit().record(SecurityEventType.LOGGED_OUT, caller.accountId(), origin);
    }
}
