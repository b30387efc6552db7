package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * The active logins, checked on every authenticated request: a session that was ended, reached
 * its lifetime or stayed unused past its idle timeout is refused from the very next request.
 * Shared by every instance.
 */
public interface Sessions {
    void start(Session session);

    /**
     * Records a use of the session and returns it, or empty when it is no longer active. The
     * last-seen time (and with it the idle deadline) moves forward at most once per touch interval
     * of the implementation, so that a busy session does not cost a write per request.
     */
    Optional<Session> touch(SessionId id, Instant now);

    /** The account's active sessions, oldest first. */
    List<Session> ofAccount(AccountId account, Instant now);

    /** Records that the owner of the session just proved who they are again. */
    void markAuthenticated(SessionId id, Instant at);

    void end(SessionId id);

    /** Ends every session of the account but {@code keep} (pass null to end them all). */
    void endAllOf(AccountId account, SessionId keep);
}
