package org.tdah.assistant.domain.identity;

import java.time.Duration;
import java.time.Instant;
import org.tdah.assistant.domain.shared.AttemptWindow;

/**
 * How failed logins slow down password guessing (OWASP ASVS 2.2.1), per account and per client
 * address. After a few failures each new attempt must wait exponentially longer since the last
 * failure; after {@link #ACCOUNT_LOCK_AFTER} failures in {@link #WINDOW} the account is locked for
 * the rest of the window; never more than {@link #ACCOUNT_HOURLY_CAP} failures per account per hour.
 * Addresses get a looser limit, since many people can share one (a school, a mobile carrier).
 *
 * <p>A throttled attempt is refused before the password is checked, so the answer is the same
 * whether the password was right or wrong.
 */
public final class LoginThrottle {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration HOUR = Duration.ofHours(1);
    public static final int ACCOUNT_BACKOFF_AFTER = 3;
    public static final int ACCOUNT_LOCK_AFTER = 10;
    public static final int ACCOUNT_HOURLY_CAP = 100;
    public static final int ADDRESS_BACKOFF_AFTER = 20;
    public static final int ADDRESS_LOCK_AFTER = 100;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private LoginThrottle() {}

    /** Whether an attempt may go ahead now. */
    public sealed interface Verdict {
        record Allowed() implements Verdict {}

        /** Not now; {@code locked} when the limit of the window (not just a backoff) was reached. */
        record Wait(Duration retryAfter, boolean locked) implements Verdict {}
    }

    public static Verdict forAccount(AttemptWindow inWindow, AttemptWindow inHour, Instant now) {
        if (inHour.count() >= ACCOUNT_HOURLY_CAP) {
            return new Verdict.Wait(atLeastOneSecond(inHour.untilReset()), true);
        }
        return verdict(inWindow, now, ACCOUNT_BACKOFF_AFTER, ACCOUNT_LOCK_AFTER);
    }

    public static Verdict forAddress(AttemptWindow inWindow, Instant now) {
        return verdict(inWindow, now, ADDRESS_BACKOFF_AFTER, ADDRESS_LOCK_AFTER);
    }

    /** True when this failure is the one that locks the account. */
    public static boolean locksAccount(int failuresInWindowIncludingThisOne) {
        return failuresInWindowIncludingThisOne == ACCOUNT_LOCK_AFTER;
    }

    private static Verdict verdict(AttemptWindow failures, Instant now, int backoffAfter, int lockAfter) {
        if (failures.count() >= lockAfter) {
            return new Verdict.Wait(atLeastOneSecond(failures.untilReset()), true);
        }
        if (failures.count() < backoffAfter) {
            return new Verdict.Allowed();
        }
        Duration backoff = backoff(failures.count() - backoffAfter);
        Duration waited = Duration.between(failures.lastAt(), now);
        if (waited.compareTo(backoff) >= 0) {
            return new Verdict.Allowed();
        }
        return new Verdict.Wait(atLeastOneSecond(backoff.minus(waited)), false);
    }

    static Duration backoff(int excessFailures) {
        Duration backoff = Duration.ofSeconds(1L << Math.min(excessFailures, 20));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private static Duration atLeastOneSecond(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
