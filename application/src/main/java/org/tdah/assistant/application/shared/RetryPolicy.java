package org.tdah.assistant.application.shared;

import java.time.Duration;

/**
 * How background work waits after failures: exponential backoff from {@code firstRetry}, doubling
 * up to {@code longestRetry}, for at most {@code maxAttempts} attempts (then the dead letter).
 */
public record RetryPolicy(Duration firstRetry, Duration longestRetry, int maxAttempts) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 20);

    public RetryPolicy {
        if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retries wait a positive, growing time, at least once");
        }
    }

    /** The wait after the n-th consecutive failure. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }
}
