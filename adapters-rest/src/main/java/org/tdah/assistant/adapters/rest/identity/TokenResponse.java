package org.tdah.assistant.adapters.rest.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.tdah.assistant.application.identity.IssuedTokens;

/**
 * Tokens as OAuth 2.0 clients expect them (RFC 6749 section 5.1): lifetime in seconds. The refresh
 * token is left out when it went into the refresh cookie instead ({@code X-Token-Transport: cookie}).
 */
public record TokenResponse(
        String accessToken,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Absent when the request asked for X-Token-Transport: cookie: the token is then in the "
                + RefreshCookie.NAME + " cookie")
        String refreshToken,
        String tokenType,
        long expiresIn) {

    static TokenResponse of(IssuedTokens tokens) {
        return new TokenResponse(tokens.accessToken().token(), tokens.refreshToken(), "Bearer",
                tokens.accessToken().lifetime().toSeconds());
    }

    /** A 200 that no cache keeps (RFC 6749 section 5.1). */
    static Response ok(IssuedTokens tokens) {
        return noStore(Response.ok(of(tokens))).build();
    }

    /** A 200 with the access token in the body and the refresh token in the cookie, which no script reads. */
    static Response ok(IssuedTokens tokens, RefreshCookie cookie) {
        TokenResponse withoutRefresh = new TokenResponse(tokens.accessToken().token(), null, "Bearer",
                tokens.accessToken().lifetime().toSeconds());
        return noStore(Response.ok(withoutRefresh)).header(HttpHeaders.SET_COOKIE, cookie.carrying(tokens.refreshToken()))
                .build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder) {
        return builder.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
