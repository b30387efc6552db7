package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.core.Response;
import org.tdah.assistant.application.identity.IssuedTokens;

/** Tokens as OAuth 2.0 clients expect them (RFC 6749 section 5.1): lifetime in seconds. */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenResponse of(IssuedTokens tokens) {
        return new TokenResponse(tokens.accessToken().token(), tokens.refreshToken(), "Bearer",
                tokens.accessToken().lifetime().toSeconds());
    }

    /** A 200 that no cache keeps (RFC 6749 section 5.1). */
    static Response ok(IssuedTokens tokens) {
        return Response.ok(of(tokens)).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
