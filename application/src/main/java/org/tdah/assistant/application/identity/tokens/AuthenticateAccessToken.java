package org.tdah.assistant.application.identity.tokens;

import java.time.Clock;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.Sessions;

/**
 * Tells who is calling from the bearer token of a request: a token this system signed, unexpired,
 * whose session is still active (so a logout takes effect on the very next request); the use keeps
 * the session from idling out. Empty for any token that fails; when the session store cannot be
 * reached it throws, never admits.
 */
public final class AuthenticateAccessToken {
    private final AccessTokens accessTokens;
    private final Sessions sessions;
    private final Clock clock;

    public AuthenticateAccessToken(AccessTokens accessTokens, Sessions sessions, Clock clock) {
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Optional<Caller> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        return accessTokens.verify(bearerToken).flatMap(claims -> sessions.touch(claims.session(), clock.instant())
                .filter(session -> session.accountId().equals(claims.subject()))
                .map(session -> new Caller(claims.subject(), session.id(), claims.roles(), session.authenticatedAt())));
    }
}
