package org.tdah.assistant.application.identity;

import java.time.Duration;

/**
 * How long logins last: access tokens (short, since they cannot be recalled before they expire
 * unless the session check catches them), sessions in all, sessions left unused, and how many
 * sessions an account may hold at once.
 */
public record SessionPolicy(Duration accessTokenLifetime, Duration lifetime, Duration idleTimeout, int maxPerAccount) {
    public static final SessionPolicy DEFAULT =
            new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofMinutes(30), 5);

    public SessionPolicy {
        requirePositive(accessTokenLifetime, "an access token");
        requirePositive(lifetime, "a session");
        requirePositive(idleTimeout, "an idle session");
        if (maxPerAccount < 1) {
            throw new IllegalArgumentException("an account may hold at least one session");
        }
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " lives for a positive duration");
        }
    }
}
