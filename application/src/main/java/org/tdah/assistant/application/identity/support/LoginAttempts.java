package org.tdah.assistant.application.identity.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.LoginThrottle;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.AttemptWindow;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Failed password checks, counted per email and per client address, and the throttle they imply.
 * Emails are counted under their hash, so the counters store no address, and an unknown email is
 * counted exactly like a known one.
 *
 * <p>An attempt is counted as a failure before the password is checked ({@link #admit}), and
 * taken back when it did not fail ({@link #release}); each counter is checked and counted in one
 * atomic step ({@link AttemptCounters#recordIfUnchanged}), so however many requests race, no more
 * of them reach the password check than {@link LoginThrottle} allows.
 */
public final class LoginAttempts {
    /** Conflicting counts before an attempt is refused for a second rather than retried again. */
    static final int MAX_CONFLICTS = 200;

    private final AttemptCounters counters;

    public LoginAttempts(AttemptCounters counters) {
        this.counters = counters;
    }

    /** Whether an attempt may reach the password check. */
    public sealed interface Admission {
        /** Counted as a failure in advance; {@code failuresInWindow} of the email, including it. */
        record Admitted(int failuresInWindow) implements Admission {}

        record Throttled(Duration retryAfter) implements Admission {}
    }

    /**
     * Admits an attempt for this email from this origin and counts it as a failure, or says how
     * long it must wait; a throttled attempt is not counted. An admitted attempt that turns out
     * not to fail must be {@link #release released} (or the email {@link #clear cleared}).
     */
    public Admission admit(String email, RequestOrigin origin, Instant now) {
        String account = accountKey(email);
        Optional<AttemptWindow> inWindow = reserve(account, LoginThrottle.WINDOW, now,
                window -> LoginThrottle.forAccount(window, AttemptWindow.NONE, now));
        if (inWindow.isEmpty()) {
            return throttled(account, origin, now);
        }
        if (reserve(hourlyKey(account), LoginThrottle.HOUR, now,
                window -> LoginThrottle.forAccount(AttemptWindow.NONE, window, now)).isEmpty()) {
            counters.release(account);
            return throttled(account, origin, now);
        }
        if (reserve(addressKey(origin), LoginThrottle.WINDOW, now,
                window -> LoginThrottle.forAddress(window, now)).isEmpty()) {
            counters.release(account);
            counters.release(hourlyKey(account));
            return throttled(account, origin, now);
        }
        return new Admission.Admitted(inWindow.get().count());
    }

    /** An admitted attempt did not fail (a right password): its counts are taken back. */
    public void release(String email, RequestOrigin origin) {
        String account = accountKey(email);
        counters.release(account);
        counters.release(hourlyKey(account));
        counters.release(addressKey(origin));
    }

    /** A success (or a password reset) clears the email's short window; the hourly cap stays. */
    public void clear(String email) {
        counters.clear(accountKey(email));
    }

    /**
     * Counts an attempt under the key if the verdict on the window, as it is at the moment of the
     * count, allows it; empty when it does not (or when the key stays too contended to count).
     */
    private Optional<AttemptWindow> reserve(
            String key, Duration window, Instant now, Function<AttemptWindow, LoginThrottle.Verdict> verdict) {
        for (int conflict = 0; conflict < MAX_CONFLICTS; conflict++) {
            AttemptWindow current = counters.read(key, now);
            if (verdict.apply(current) instanceof LoginThrottle.Verdict.Wait) {
                return Optional.empty();
            }
            Optional<AttemptWindow> counted = counters.recordIfUnchanged(key, current, window, now);
            if (counted.isPresent()) {
                return counted;
            }
        }
        return Optional.empty();
    }

    /** The longest wait any of the counters imposes now, at least a second. */
    private Admission throttled(String account, RequestOrigin origin, Instant now) {
        LoginThrottle.Verdict[] verdicts = {
            LoginThrottle.forAccount(counters.read(account, now), counters.read(hourlyKey(account), now), now),
            LoginThrottle.forAddress(counters.read(addressKey(origin), now), now)
        };
        Duration wait = Duration.ofSeconds(1);
        for (LoginThrottle.Verdict verdict : verdicts) {
            if (verdict instanceof LoginThrottle.Verdict.Wait pause && pause.retryAfter().compareTo(wait) > 0) {
                wait = pause.retryAfter();
            }
        }
        return new Admission.Throttled(wait);
    }

    private static String accountKey(String email) {
        String canonical;
        try {
            canonical = EmailAddress.parse(email).value();
        } catch (InvalidInputException notAnEmailAddress) {
            canonical = email.strip().toLowerCase(Locale.ROOT);
        }
        return "login:account:" + TokenHash.of(canonical).hex();
    }

    private static String hourlyKey(String accountKey) {
        return accountKey + ":hour";
    }

    private static String addressKey(RequestOrigin origin) {
        return "login:address:" + origin.addressKey();
    }
}
