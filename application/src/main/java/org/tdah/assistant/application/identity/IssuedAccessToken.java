package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.util.Objects;

/** A freshly signed access token and how long it is valid. The token itself is a secret. */
public record IssuedAccessToken(String token, Duration lifetime) {
    public IssuedAccessToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public String toString() {
        return "IssuedAccessToken[redacted, lifetime=" + lifetime + "]";
    }
}
