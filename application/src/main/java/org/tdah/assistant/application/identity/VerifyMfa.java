package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.MfaMethod;
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
public final class VerifyMfa {
    static final int ATTEMPTS_PER_TOKEN = 5;

    /** The mfaToken, the factor and its code; never printed. */
    public record Command(String mfaToken, MfaMethod method, String code) {
        public static Command of(String mfaToken, String method, String code) {
            InputCheck check = new InputCheck();
            check.requirePresent("mfaToken", mfaToken);
            MfaMethod parsed = check.require("method", method, name -> MfaMethod.fromWireName(name)
                    .orElseThrow(() -> InvalidInputException.of("method", "is one of totp, sms, backup_code")));
            check.requirePresent("code", code);
            check.throwIfInvalid();
            return new Command(mfaToken, parsed, code);
        }

        @Override
        public String toString() {
            return "VerifyMfa.Command[method=" + method + "]";
        }
    }

    /** How the second step ended. */
    public sealed interface Result {
        record LoggedIn(IssuedTokens tokens) implements Result {}

        /** Unknown, used or expired mfaToken: log in again. */
        record InvalidMfaToken() implements Result {}

        record WrongCode() implements Result {}

        record Throttled(Duration retryAfter) implements Result {}
    }

    private final IdentityServices deps;
    private final TwoFactor twoFactor;
    private final LoginAttempts loginAttempts;

    public VerifyMfa(IdentityServices services) {
        this.deps = services;
        this.twoFactor = new TwoFactor(services);
        this.loginAttempts = new LoginAttempts(services.attempts());
    }

    public Result verify(Command command, RequestOrigin origin) {
        Instant now = deps.clock().instant();
        TokenHash token = TokenHash.of(command.mfaToken());
        Optional<Account> account = deps.oneTimeTokens().findUsable(token, TokenPurpose.MFA_LOGIN, now)
                .flatMap(deps.accounts()::withId);
        if (account.isEmpty()) {
            return new Result.InvalidMfaToken();
        }
        String email = account.get().email().value();
        if (loginAttempts.admit(email, origin, now) instanceof LoginAttempts.Admission.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        AccountId id = account.get().id();
        // Counted before the code is checked, so racing guesses cannot outrun the limit per token.
        int attempts = deps.attempts().record("mfa-token:" + token.hex(), TokenPurpose.MFA_LOGIN.lifetime(), now).count();
        if (attempts > ATTEMPTS_PER_TOKEN) {
            loginAttempts.release(email, origin);
            deps.oneTimeTokens().use(token, TokenPurpose.MFA_LOGIN, now);
            return new Result.InvalidMfaToken();
        }
        if (!twoFactor.check(id, command.method(), command.code(), now)) {
            deps.audit().record(SecurityEventType.MFA_FAILED, id, origin);
            if (attempts >= ATTEMPTS_PER_TOKEN) {
                deps.oneTimeTokens().use(token, TokenPurpose.MFA_LOGIN, now);
            }
            return new Result.WrongCode();
        }
        loginAttempts.release(email, origin);
        if (!deps.oneTimeTokens().use(token, TokenPurpose.MFA_LOGIN, now)) {
            return new Result.InvalidMfaToken();
        }
        loginAttempts.clear(email);
        IssuedTokens tokens = deps.sessionTokens().startSession(account.get(), origin);
        if (command.method() == MfaMethod.BACKUP_CODE) {
            deps.audit().record(SecurityEventType.BACKUP_CODE_USED, id, origin);
        }
        deps.audit().record(SecurityEventType.LOGIN_SUCCEEDED, id, origin);
        return new Result.LoggedIn(tokens);
    }
}
