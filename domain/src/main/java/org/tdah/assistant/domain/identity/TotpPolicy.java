package org.tdah.assistant.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238): a {@link SixDigitCode}
 * every 30 seconds, and one step of clock drift tolerated either way. A code is accepted only for
 * a step later than the last one accepted for the account, so a code (or an earlier one) can never
 * be replayed, even within its 90 seconds.
 */
public final class TotpPolicy {
    public static final long STEP_SECONDS = 30;
    static final int DRIFT_STEPS = 1;

    private TotpPolicy() {}

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The steps whose codes are accepted now, for an account whose last accepted step is given. */
    public static List<Long> acceptableSteps(Instant now, long lastUsedStep) {
        long current = stepAt(now);
        return LongStream.rangeClosed(current - DRIFT_STEPS, current + DRIFT_STEPS)
                .filter(step -> step > lastUsedStep)
                .boxed()
                .toList();
    }
}
