package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.LoginThrottle;
import org.tdah.assistant.domain.identity.MfaMethod;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Exchanges an email address and a password for a session: an access token and a refresh token.
 *
 * <p>An unknown address and a wrong password give the same answer after the same work: for an
 * unknown address the password is still checked, against a hash nobody's password matches. Failed
 * attempts slow further ones down per email and per client address ({@link LoginThrottle}); a
 * throttled attempt is refused before the password is checked, so a locked account answers the
 * same whether the password is right or wrong. With a second factor on, the right password gives
 * only an mfaToken for {@link VerifyMfa}, and the failure count is cleared only when the whole
 * login succeeds, so that knowing the password buys no extra guesses at the second factor.
 */
public final class LogIn {

    /** A login attempt; the password is never printed. */
    public record Command(String email, String password) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("email", email);
            check.requirePresent("password", password);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "LogIn.Command[email=" + email + "]";
        }
    }

    /** How a login attempt ended. */
    public sealed interface Result {
        record LoggedIn(IssuedTokens tokens) implements Result {}

        record InvalidCredentials() implements Result {}

        record Throttled(Duration retryAfter) implements Result {}

        /** The password was right; a second factor must follow, with this single-use token. */
        record MfaRequired(String mfaToken, Set<MfaMethod> methods) implements Result {
            @Override
            public String toString() {
                return "MfaRequired[redacted, methods=" + methods + "]";
            }
        }
    }

    private final IdentityServices deps;
    private final LoginAttempts loginAttempts;
    private final TwoFactor twoFactor;
    private final PasswordHash unmatchableHash;

    public LogIn(IdentityServices services) {
        this.deps = services;
        this.twoFactor = new TwoFactor(services);
        this.loginAttempts = new LoginAttempts(services.attempts());
        this.unmatchableHash = services.passwordHasher().hash(services.secrets().newToken());
    }

    public Result logIn(Command command, RequestOrigin origin) {
        Instant now = deps.clock().instant();
        LoginAttempts.Admission admission = loginAttempts.admit(command.email(), origin, now);
        if (admission instanceof LoginAttempts.Admission.Throttled throttled) {
            deps.audit().record(SecurityEventType.LOGIN_THROTTLED, null, origin);
            return new Result.Throttled(throttled.retryAfter());
        }
        int failures = ((LoginAttempts.Admission.Admitted) admission).failuresInWindow();
        Optional<Account> account = findAccount(command.email());
        PasswordHash hash = account.map(Account::passwordHash).orElse(unmatchableHash);
        boolean passwordMatches = deps.passwordHasher().matches(command.password(), hash);
        if (account.isEmpty() || !passwordMatches) {
            deps.audit().record(SecurityEventType.LOGIN_FAILED, account.map(Account::id).orElse(null), origin);
            if (LoginThrottle.locksAccount(failures)) {
                deps.audit().record(SecurityEventType.ACCOUNT_LOCKED, account.map(Account::id).orElse(null), origin);
            }
            return new Result.InvalidCredentials();
        }
        loginAttempts.release(command.email(), origin);
        if (deps.passwordHasher().needsRehash(hash)) {
            deps.accounts().replacePasswordHash(account.get().id(), deps.passwordHasher().hash(command.password()));
        }
        Set<MfaMethod> methods = twoFactor.methodsOf(account.get().id());
        if (!methods.isEmpty()) {
            String mfaToken = deps.secrets().newToken();
            deps.oneTimeTokens().add(TokenHash.of(mfaToken), TokenPurpose.MFA_LOGIN, account.get().id(),
                    now.plus(TokenPurpose.MFA_LOGIN.lifetime()));
            return new Result.MfaRequired(mfaToken, methods);
        }
        loginAttempts.clear(command.email());
        IssuedTokens tokens = deps.sessionTokens().startSession(account.get(), origin);
        deps.audit().record(SecurityEventType.LOGIN_SUCCEEDED, account.get().id(), origin);
        return new Result.LoggedIn(tokens);
    }

    private Optional<Account> findAccount(String email) {
        try {
            return deps.accounts().withEmail(EmailAddress.parse(email));
        } catch (InvalidInputException notAnEmailAddress) {
            return Optional.empty();
        }
    }
}
