package org.tdah.assistant.application.identity.port;

import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * The active logins, checked on every authenticated request: a session that was ended is refused
 * from the very next request. Shared by every instance; a session disappears when it expires.
 */
public interface Sessions {
    void start(Session session);

    boolean isActive(SessionId id);

    void end(SessionId id);

    /** Ends every session of the account but {@code keep} (pass null to end them all). */
    void endAllOf(AccountId account, SessionId keep);
}
