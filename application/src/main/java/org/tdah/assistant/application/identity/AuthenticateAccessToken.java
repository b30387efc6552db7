package org.tdah.assistant.application.identity;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.AccessTokens;

/** Tells who is calling from the bearer token of a request; empty for any token that fails. */
public final class AuthenticateAccessToken {
    private final AccessTokens accessTokens;

    public AuthenticateAccessToken(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    public Optional<Caller> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        return accessTokens.verify(bearerToken).map(claims -> new Caller(claims.subject(), claims.roles()));
    }
}
