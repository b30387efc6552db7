package org.tdah.assistant.application.identity;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.Sessions;

/**
 * Tells who is calling from the bearer token of a request: a token this system signed, unexpired,
 * whose session is still active (so a logout takes effect on the very next request). Empty for
 * any token that fails; when the session store cannot be reached it throws, never admits.
 */
public final class AuthenticateAccessToken {
    private final AccessTokens accessTokens;
    private final Sessions sessions;

    public AuthenticateAccessToken(AccessTokens accessTokens, Sessions sessions) {
        this.accessTokens = accessTokens;
        this.sessions = sessions;
    }

    public Optional<Caller> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        return accessTokens.verify(bearerToken)
                .filter(claims -> sessions.isActive(claims.session()))
                .map(claims -> new Caller(claims.subject(), claims.session(), claims.roles()));
    }
}
