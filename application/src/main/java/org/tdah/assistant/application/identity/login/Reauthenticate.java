package org.tdah.assistant.application.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.LoginAttempts;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Proving again who one is, inside a session, before a sensitive change: with the password, or
 * with a code of a second factor. Failures count toward the login throttle.
 */
public final class Reauthenticate {

    /** Either a password, or a factor and its code; never printed. */
    public record Command(String password, SecondFactorMethod method, String code) {
        public static Command of(String password, String method, String code) {
            if (password != null && !password.isEmpty()) {
                return new Command(password, null, null);
            }
            if (method == null || code == null || code.isBlank()) {
                throw InvalidInputException.of("password", "is required, or a method and a code of a second factor");
            }
            SecondFactorMethod parsed = SecondFactorMethod.fromWireName(method)
                    .orElseThrow(() -> InvalidInputException.of("method", "is one of totp, sms, backup_code"));
            return new Command(null, parsed, code);
        }

        @Override
        public String toString() {
            return "Reauthenticate.Command[method=" + method + "]";
        }
    }

    /** How a re-authentication ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Reauthenticated reauthenticated);

            T on(WrongCredentials wrongCredentials);

            T on(Throttled throttled);
        }

        record Reauthenticated() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record WrongCredentials() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record Throttled(Duration retryAfter) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final Clock clock;
    private final PasswordHasher passwordHasher;
    private final AuditTrail audit;
    private final Sessions sessions;
    private final SecondFactorChecks twoFactor;
    private final LoginAttempts loginAttempts;

    public Reauthenticate(Accounts accounts, Clock clock, PasswordHasher passwordHasher, AuditTrail audit, Sessions sessions, SecondFactorChecks twoFactor, LoginAttempts loginAttempts) {
        this.accounts = accounts;
        this.clock = clock;
        this.passwordHasher = passwordHasher;
        this.audit = audit;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.loginAttempts = loginAttempts;
    }

    public Result reauthenticate(Caller caller, Command command, RequestOrigin origin) {
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.WrongCredentials();
        }
        String email = account.get().email().value();
        Instant now = clock.instant();
        if (loginAttempts.admit(email, origin, now) instanceof LoginAttempts.Admission.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        boolean proven = command.password() != null
                ? passwordHasher.matches(command.password(), account.get().passwordHash())
                : twoFactor.check(caller.accountId(), command.method(), command.code(), now, SmsCodePurpose.REAUTHENTICATE);
        if (!proven) {
            audit.record(SecurityEventType.LOGIN_FAILED, caller.accountId(), origin);
            return new Result.WrongCredentials();
        }
        loginAttempts.release(email, origin);
        sessions.markAuthenticated(caller.session(), now);
        audit.record(SecurityEventType.REAUTHENTICATED, caller.accountId(), origin);
        return new Result.Reauthenticated();
    }
}
