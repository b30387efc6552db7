package org.tdah.assistant.adapters.rest.identity;

import org.tdah.assistant.application.identity.IssuedAccessToken;

/** Tokens as OAuth 2.0 clients expect them (RFC 6749 section 5.1): lifetime in seconds. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse of(IssuedAccessToken token) {
        return new TokenResponse(token.token(), "Bearer", token.lifetime().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
