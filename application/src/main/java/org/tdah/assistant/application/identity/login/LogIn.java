package org.tdah.assistant.application.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.identity.IssuedTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.SignInFigures;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.LoginAttempts;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.application.identity.support.SessionTokens;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.LoginThrottle;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
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
 * same whether the password is right or wrong. A disabled account answers as a wrong password
 * does, after the same password check, whether its password is right or not. With a second factor
 * on, the right password gives only an mfaToken for {@link VerifySecondFactor}, and the failure
 * count is cleared only when the whole login succeeds, so that knowing the password buys no extra
 * guesses at the second factor.
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
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(LoggedIn loggedIn);

            T on(InvalidCredentials invalidCredentials);

            T on(Throttled throttled);

            T on(SecondFactorRequired secondFactorRequired);
        }

        record LoggedIn(IssuedTokens tokens) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record InvalidCredentials() implements Result {
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

        /** The password was right; a second factor must follow, with this single-use token. */
        record SecondFactorRequired(String mfaToken, Set<SecondFactorMethod> methods) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }

            @Override
            public String toString() {
                return "SecondFactorRequired[redacted, methods=" + methods + "]";
            }
        }
    }

    private static final Result.Mapping<SignInFigures.LoginOutcome> OUTCOME = new Result.Mapping<>() {
        @Override
        public SignInFigures.LoginOutcome on(Result.LoggedIn loggedIn) {
            return SignInFigures.LoginOutcome.SUCCESS;
        }

        @Override
        public SignInFigures.LoginOutcome on(Result.InvalidCredentials invalidCredentials) {
            return SignInFigures.LoginOutcome.REFUSED;
        }

        @Override
        public SignInFigures.LoginOutcome on(Result.Throttled throttled) {
            return SignInFigures.LoginOutcome.THROTTLED;
        }

        @Override
        public SignInFigures.LoginOutcome on(Result.SecondFactorRequired secondFactorRequired) {
            return SignInFigures.LoginOutcome.SECOND_FACTOR_REQUIRED;
        }
    };

    private final PasswordHasher passwordHasher;
    private final Secrets secrets;
    private final Clock clock;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final OneTimeTokens oneTimeTokens;
    private final SessionTokens sessionTokens;
    private final LoginAttempts loginAttempts;
    private final SecondFactorChecks twoFactor;
    private final PasswordHash unmatchableHash;
    private final SignInFigures figures;

    public LogIn(PasswordHasher passwordHasher, Secrets secrets, Clock clock, AuditTrail audit, Accounts accounts, OneTimeTokens oneTimeTokens, SessionTokens sessionTokens, SecondFactorChecks twoFactor, LoginAttempts loginAttempts, SignInFigures figures) {
        this.passwordHasher = passwordHasher;
        this.secrets = secrets;
        this.clock = clock;
        this.audit = audit;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.sessionTokens = sessionTokens;
        this.twoFactor = twoFactor;
        this.loginAttempts = loginAttempts;
        this.unmatchableHash = passwordHasher.hash(secrets.newToken());
        this.figures = figures;
    }

    public Result logIn(Command command, RequestOrigin origin) {
        Result result = decide(command, origin);
        figures.loginEnded(result.map(OUTCOME));
        return result;
    }

    private Result decide(Command command, RequestOrigin origin) {
        Instant now = clock.instant();
        LoginAttempts.Admission admission = loginAttempts.admit(command.email(), origin, now);
        if (admission instanceof LoginAttempts.Admission.Throttled throttled) {
            audit.record(SecurityEventType.LOGIN_THROTTLED, null, origin);
            return new Result.Throttled(throttled.retryAfter());
        }
        int failures = ((LoginAttempts.Admission.Admitted) admission).failuresInWindow();
        Optional<Account> account = findAccount(command.email());
        PasswordHash hash = account.map(Account::passwordHash).orElse(unmatchableHash);
        boolean passwordMatches = passwordHasher.matches(command.password(), hash);
        if (account.isEmpty() || !passwordMatches || account.get().isDisabled()) {
            audit.record(SecurityEventType.LOGIN_FAILED, account.map(Account::id).orElse(null), origin);
            if (LoginThrottle.locksAccount(failures)) {
                audit.record(SecurityEventType.ACCOUNT_LOCKED, account.map(Account::id).orElse(null), origin);
            }
            return new Result.InvalidCredentials();
        }
        loginAttempts.release(command.email(), origin);
        if (passwordHasher.needsRehash(hash)) {
            accounts.replacePasswordHash(account.get().id(), passwordHasher.hash(command.password()));
        }
        Set<SecondFactorMethod> methods = twoFactor.methodsOf(account.get().id());
        if (!methods.isEmpty()) {
            String mfaToken = secrets.newToken();
            oneTimeTokens.add(TokenHash.of(mfaToken), TokenPurpose.MFA_LOGIN, account.get().id(),
                    now.plus(TokenPurpose.MFA_LOGIN.lifetime()));
            return new Result.SecondFactorRequired(mfaToken, methods);
        }
        loginAttempts.clear(command.email());
        IssuedTokens tokens = sessionTokens.startSession(account.get(), origin);
        audit.record(SecurityEventType.LOGIN_SUCCEEDED, account.get().id(), origin);
        return new Result.LoggedIn(tokens);
    }

    private Optional<Account> findAccount(String email) {
        try {
            return accounts.withEmail(EmailAddress.parse(email));
        } catch (InvalidInputException notAnEmailAddress) {
            return Optional.empty();
        }
    }
}
