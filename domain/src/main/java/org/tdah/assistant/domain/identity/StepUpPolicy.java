package org.tdah.assistant.domain.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Sensitive changes (turning a second factor off, new backup codes, a new phone number...) need a
 * proof of identity from the last five minutes, not just a session: a stolen session, or a device
 * left unlocked, must not be enough to take an account over.
 */
public final class StepUpPolicy {
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private StepUpPolicy() {}

    public static boolean isRecent(Instant authenticatedAt, Instant now) {
        return !authenticatedAt.plus(MAX_AGE).isBefore(now);
    }
}
