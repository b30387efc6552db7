package org.tdah.assistant.domain.identity;

import java.time.Instant;
import java.util.List;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238): 6 digits, a new code
 * every 30 seconds, and one step of clock drift tolerated either way. A code is accepted only for
 * a step later than the last one accepted for the account, so a code (or an earlier one) can never
 * be replayed, even within its 90 seconds.
 */
public final class TotpPolicy {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    static final int DRIFT_STEPS = 1;

    private TotpPolicy() {}

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The steps whose codes are accepted now, for an account whose last accepted step is given. */
    public static List<Long> acceptableSteps(Instant now, long lastUsedStep) {
        long current = stepAt(now);
        return java.util.stream.LongStream.rangeClosed(current - DRIFT_STEPS, current + DRIFT_STEPS)
                .filter(step -> step > lastUsedStep)
                .boxed()
                .toList();
    }

    /** Whether the text could be a code at all: six digits, nothing else. */
    public static boolean looksLikeACode(String code) {
        return code != null && code.length() == DIGITS && code.chars().allMatch(Character::isDigit);
    }
}
