package org.tdah.assistant.application.identity.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
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
 */
public final class LoginAttempts {
    private final AttemptCounters counters;

    public LoginAttempts(AttemptCounters counters) {
        this.counters = counters;
    }

    /** How long the next attempt for this email from this origin must wait; empty when it may go now. */
    public Optional<Duration> waitBefore(String email, RequestOrigin origin, Instant now) {
        String account = accountKey(email);
        LoginThrottle.Verdict forAccount = LoginThrottle.forAccount(
                counters.read(account, now), counters.read(hourlyKey(account), now), now);
        LoginThrottle.Verdict forAddress = LoginThrottle.forAddress(counters.read(addressKey(origin), now), now);
        Duration wait = Duration.ZERO;
        for (LoginThrottle.Verdict verdict : new LoginThrottle.Verdict[] {forAccount, forAddress}) {
            if (verdict instanceof LoginThrottle.Verdict.Wait pause && pause.retryAfter().compareTo(wait) > 0) {
                wait = pause.retryAfter();
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed password check; returns the email's failures in the current window. */
    public AttemptWindow recordFailure(String email, RequestOrigin origin, Instant now) {
        String account = accountKey(email);
        counters.record(hourlyKey(account), LoginThrottle.HOUR, now);
        counters.record(addressKey(origin), LoginThrottle.WINDOW, now);
        return counters.record(account, LoginThrottle.WINDOW, now);
    }

    /** A success (or a password reset) clears the email's short window; the hourly cap stays. */
    public void clear(String email) {
        counters.clear(accountKey(email));
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
