package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.tdah.assistant.application.identity.IssuedTokens;

/**
 * How the tokens of a login, a second step or a refresh are handed over: in the JSON body, or the
 * refresh token in its cookie ({@link TokenTransport}). When a cookie refresh is refused, the dead
 * cookie is cleared so that the browser stops sending it.
 */
final class TokenDelivery {
    static final TokenDelivery BODY = new TokenDelivery(null);

    private final RefreshCookie cookie;

    private TokenDelivery(RefreshCookie cookie) {
        this.cookie = cookie;
    }

    static TokenDelivery inCookie(RefreshCookie cookie) {
        return new TokenDelivery(Objects.requireNonNull(cookie, "cookie"));
    }

    static TokenDelivery of(TokenTransport transport, RefreshCookie cookie) {
        return transport == TokenTransport.COOKIE ? inCookie(cookie) : BODY;
    }

    Response tokens(IssuedTokens tokens) {
        return cookie == null ? TokenResponse.ok(tokens) : TokenResponse.ok(tokens, cookie);
    }

    /** A refusal of the refresh token: in cookie mode, the cookie goes too. */
    Response refused(Response problem) {
        return cookie == null ? problem
                : Response.fromResponse(problem).header(HttpHeaders.SET_COOKIE, cookie.cleared()).build();
    }
}
