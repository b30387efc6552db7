package org.tdah.assistant.application.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Starts sessions and issues their tokens: the session in the session store, the first refresh
 * token of its family (stored as a hash), and access tokens that carry the session id.
 */
public final class SessionTokens {
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final Secrets secrets;
    private final Ids ids;
    private final Clock clock;
    private final Duration accessTokenLifetime;
    private final Duration sessionLifetime;

    public SessionTokens(Sessions sessions, RefreshTokens refreshTokens, AccessTokens accessTokens, Secrets secrets,
            Ids ids, Clock clock, Duration accessTokenLifetime, Duration sessionLifetime) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.accessTokenLifetime = accessTokenLifetime;
        this.sessionLifetime = sessionLifetime;
    }

    public IssuedTokens startSession(Account account) {
        Instant now = clock.instant();
        Session session = new Session(new SessionId(ids.next()), account.id(), now, now.plus(sessionLifetime));
        String refreshToken = secrets.newToken();
        refreshTokens.add(TokenHash.of(refreshToken), session.id(), account.id(), now, session.expiresAt());
        sessions.start(session);
        return new IssuedTokens(accessToken(account, session.id()), refreshToken, session.id());
    }

    public IssuedAccessToken accessToken(Account account, SessionId session) {
        Instant now = clock.instant();
        return accessTokens.issue(new AccessTokenClaims(
                account.id(), session, account.roles(), now, now.plus(accessTokenLifetime), ids.next()));
    }
}
