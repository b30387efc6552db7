package org.tdah.assistant.application.identity;

import java.util.Objects;
import org.tdah.assistant.domain.identity.SessionId;

/** The tokens of a login or a refresh: an access token and the refresh token that replaces it. */
public record IssuedTokens(IssuedAccessToken accessToken, String refreshToken, SessionId session) {
    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(session, "session");
    }

    @Override
    public String toString() {
        return "IssuedTokens[redacted, session=" + session + "]";
    }
}
