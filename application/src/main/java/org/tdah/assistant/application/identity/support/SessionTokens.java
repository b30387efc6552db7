package org.tdah.assistant.application.identity.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.IssuedTokens;
import org.tdah.assistant.application.identity.SessionPolicy;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.DeviceLabel;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Starts sessions and issues their tokens: the session in the session store, the first refresh
 * token of its family (stored as a hash), and access tokens that carry the session id. An account
 * has at most {@link SessionPolicy#maxPerAccount()} sessions: a new login ends the oldest, and
 * its owner is told by email (a login they do not recognise is worth knowing about).
 */
public final class SessionTokens {
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final Secrets secrets;
    private final Ids ids;
    private final Clock clock;
    private final SessionPolicy policy;

    public SessionTokens(Sessions sessions, RefreshTokens refreshTokens, AccessTokens accessTokens, EmailOutbox outbox,
            IdentityEmails emails, AuditTrail audit, Secrets secrets, Ids ids, Clock clock, SessionPolicy policy) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.policy = policy;
    }

    public IssuedTokens startSession(Account account, RequestOrigin origin) {
        Instant now = clock.instant();
        Session session = Session.start(new SessionId(ids.next()), account.id(), now, policy.lifetime(),
                policy.idleTimeout(), DeviceLabel.fromUserAgent(origin.userAgent()), origin.address());
        endOldestBeyondTheLimit(account, session, origin, now);
        String refreshToken = secrets.newToken();
        refreshTokens.add(TokenHash.of(refreshToken), session.id(), account.id(), now, session.expiresAt());
        sessions.start(session);
        return new IssuedTokens(accessToken(account, session.id()), refreshToken, session.id());
    }

    public IssuedAccessToken accessToken(Account account, SessionId session) {
        Instant now = clock.instant();
        return accessTokens.issue(new AccessTokenClaims(
                account.id(), session, account.roles(), now, now.plus(policy.accessTokenLifetime()), ids.next()));
    }

    private void endOldestBeyondTheLimit(Account account, Session newSession, RequestOrigin origin, Instant now) {
        List<Session> active = sessions.ofAccount(account.id(), now);
        for (int i = 0; i <= active.size() - policy.maxPerAccount(); i++) {
            Session oldest = active.get(i);
            sessions.end(oldest.id());
            refreshTokens.revokeSession(oldest.id(), now);
            outbox.enqueue(emails.sessionEnded(account, oldest, newSession), now);
            audit.record(SecurityEventType.SESSION_EVICTED, account.id(), origin);
        }
    }
}
