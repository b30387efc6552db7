package org.tdah.assistant.application.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.IssuedTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.SignInFigures;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.LoginAttempts;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.application.identity.support.SessionTokens;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The second step of a login with two-step verification: the mfaToken of the first step (single
 * use, five minutes) and a code of one of the account's factors give the session. Failed codes
 * count toward the login throttle of the account, and an mfaToken dies after five wrong codes.
 */
public final class VerifySecondFactor {
    static final int ATTEMPTS_PER_TOKEN = 5;

    /** The mfaToken, the factor and its code; never printed. */
    public record Command(String mfaToken, SecondFactorMethod method, String code) {
        public static Command of(String mfaToken, String method, String code) {
            InputCheck check = new InputCheck();
            check.requirePresent("mfaToken", mfaToken);
            SecondFactorMethod parsed = check.require("method", method, name -> SecondFactorMethod.fromWireName(name)
                    .orElseThrow(() -> InvalidInputException.of("method", "is one of totp, sms, backup_code")));
            check.requirePresent("code", code);
            check.throwIfInvalid();
            return new Command(mfaToken, parsed, code);
        }

        @Override
        public String toString() {
            return "VerifySecondFactor.Command[method=" + method + "]";
        }
    }

    /** How the second step ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(LoggedIn loggedIn);

            T on(InvalidMfaToken invalidMfaToken);

            T on(WrongCode wrongCode);

            T on(Throttled throttled);
        }

        record LoggedIn(IssuedTokens tokens) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Unknown, used or expired mfaToken: log in again. */
        record InvalidMfaToken() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record WrongCode() implements Result {
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

    private final AttemptCounters attempts;
    private final Clock clock;
    private final OneTimeTokens oneTimeTokens;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SessionTokens sessionTokens;
    private final SecondFactorChecks twoFactor;
    private final LoginAttempts loginAttempts;
    private final SignInFigures figures;

    public VerifySecondFactor(AttemptCounters attempts, Clock clock, OneTimeTokens oneTimeTokens, Accounts accounts, AuditTrail audit, SessionTokens sessionTokens, SecondFactorChecks twoFactor, LoginAttempts loginAttempts, SignInFigures figures) {
        this.attempts = attempts;
        this.clock = clock;
        this.oneTimeTokens = oneTimeTokens;
        this.accounts = accounts;
        this.audit = audit;
        this.sessionTokens = sessionTokens;
        this.twoFactor = twoFactor;
        this.loginAttempts = loginAttempts;
        this.figures = figures;
    }

    public Result verify(Command command, RequestOrigin origin) {
        Instant now = clock.instant();
        TokenHash token = TokenHash.of(command.mfaToken());
        Optional<Account> account = oneTimeTokens.findUsable(token, TokenPurpose.MFA_LOGIN, now)
                .flatMap(accounts::withId);
        if (account.isEmpty() || account.get().isDisabled()) {
            return new Result.InvalidMfaToken();
        }
        String email = account.get().email().value();
        if (loginAttempts.admit(email, origin, now) instanceof LoginAttempts.Admission.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        AccountId id = account.get().id();
        // Counted before the code is checked, so racing guesses cannot outrun the limit per token.
        int tries = attempts.record("mfa-token:" + token.hex(), TokenPurpose.MFA_LOGIN.lifetime(), now).count();
        if (tries > ATTEMPTS_PER_TOKEN) {
            loginAttempts.release(email, origin);
            oneTimeTokens.use(token, TokenPurpose.MFA_LOGIN, now);
            return new Result.InvalidMfaToken();
        }
        if (!twoFactor.check(id, command.method(), command.code(), now)) {
            audit.record(SecurityEventType.MFA_FAILED, id, origin);
            figures.secondFactorChecked(command.method(), false);
            if (tries >= ATTEMPTS_PER_TOKEN) {
                oneTimeTokens.use(token, TokenPurpose.MFA_LOGIN, now);
            }
            return new Result.WrongCode();
        }
        loginAttempts.release(email, origin);
        if (!oneTimeTokens.use(token, TokenPurpose.MFA_LOGIN, now)) {
            return new Result.InvalidMfaToken();
        }
        loginAttempts.clear(email);
        IssuedTokens tokens = sessionTokens.startSession(account.get(), origin);
        figures.secondFactorChecked(command.method(), true);
        if (command.method() == SecondFactorMethod.BACKUP_CODE) {
            audit.record(SecurityEventType.BACKUP_CODE_USED, id, origin);
        }
        audit.record(SecurityEventType.LOGIN_SUCCEEDED, id, origin);
        return new Result.LoggedIn(tokens);
    }
}
