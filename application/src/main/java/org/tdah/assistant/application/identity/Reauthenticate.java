package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.MfaMethod;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Proving again who one is, inside a session, before a sensitive change: with the password, or
 * with a code of a second factor. Failures count toward the login throttle.
 */
public final class Reauthenticate {

    /** Either a password, or a factor and its code; never printed. */
    public record Command(String password, MfaMethod method, String code) {
        public static Command of(String password, String method, String code) {
            if (password != null && !password.isEmpty()) {
                return new Command(password, null, null);
            }
            if (method == null || code == null || code.isBlank()) {
                throw InvalidInputException.of("password", "is required, or a method and a code of a second factor");
            }
            MfaMethod parsed = MfaMethod.fromWireName(method)
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
        record Reauthenticated() implements Result {}

        record WrongCredentials() implements Result {}

        record Throttled(Duration retryAfter) implements Result {}
    }

    private final IdentityServices deps;
    private final TwoFactor twoFactor;
    private final LoginAttempts loginAttempts;

    public Reauthenticate(IdentityServices services) {
        this.deps = services;
        this.twoFactor = new TwoFactor(services);
        this.loginAttempts = new LoginAttempts(services.attempts());
    }

    public Result reauthenticate(Caller caller, Command command, RequestOrigin origin) {
        Optional<Account> account = deps.accounts().withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.WrongCredentials();
        }
        String email = account.get().email().value();
        Instant now = deps.clock().instant();
        if (loginAttempts.admit(email, origin, now) instanceof LoginAttempts.Admission.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        boolean proven = command.password() != null
                ? deps.passwordHasher().matches(command.password(), account.get().passwordHash())
                : twoFactor.check(caller.accountId(), command.method(), command.code(), now, SmsCodePurpose.REAUTHENTICATE);
        if (!proven) {
            deps.audit().record(SecurityEventType.LOGIN_FAILED, caller.accountId(), origin);
            return new Result.WrongCredentials();
        }
        loginAttempts.release(email, origin);
        deps.sessions().markAuthenticated(caller.session(), now);
        deps.audit().record(SecurityEventType.REAUTHENTICATED, caller.accountId(), origin);
        return new Result.Reauthenticated();
    }
}
