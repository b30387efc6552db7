package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * Sets a new password with the token of a reset email. The password policy applies (a refused
 * password leaves the token usable); then every session and refresh token of the account is
 * revoked, the login throttle of the email is cleared, and a notice is mailed.
 */
public final class ResetPassword {

    /** The token from the email and the new password; neither is ever printed. */
    public record Command(String token, String newPassword) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("token", token);
            check.requirePresent("newPassword", newPassword);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "ResetPassword.Command[redacted]";
        }
    }

    /** How a reset ended. */
    public sealed interface Result {
        record Reset(AccountId account) implements Result {}

        /** Unknown, used or expired: the same answer for each. */
        record InvalidToken() implements Result {}

        record PasswordRejected(List<String> reasons) implements Result {
            public PasswordRejected {
                reasons = List.copyOf(reasons);
            }
        }

        record RateLimited(Duration retryAfter) implements Result {}
    }

    private final IdentityServices deps;
    private final RateLimiter.Limit limit;
    private final LoginAttempts loginAttempts;

    public ResetPassword(IdentityServices services, RateLimiter.Limit resetsPerAddress) {
        this.deps = services;
        this.limit = resetsPerAddress;
        this.loginAttempts = new LoginAttempts(services.attempts());
    }

    public Result reset(Command command, RequestOrigin origin) {
        Optional<Duration> wait = deps.rateLimiter().acquire(limit, origin.addressKey());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        TokenHash hash = TokenHash.of(command.token());
        Instant now = deps.clock().instant();
        Optional<Account> found = deps.oneTimeTokens().findUsable(hash, TokenPurpose.PASSWORD_RESET, now)
                .flatMap(deps.accounts()::withId);
        if (found.isEmpty()) {
            return new Result.InvalidToken();
        }
        Account account = found.get();
        List<String> rejections =
                deps.passwordRules().rejections(command.newPassword(), account.email(), account.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        PasswordHash newHash = deps.passwordHasher().hash(command.newPassword());
        boolean reset = deps.transactions().inTransaction(() -> {
            if (!deps.oneTimeTokens().use(hash, TokenPurpose.PASSWORD_RESET, now)) {
                return false;
            }
            deps.accounts().replacePasswordHash(account.id(), newHash);
            deps.oneTimeTokens().revokeAll(account.id(), TokenPurpose.PASSWORD_RESET, now);
            deps.refreshTokens().revokeAllOf(account.id(), null, now);
            deps.outbox().enqueue(deps.emails().passwordWasReset(account), now);
            deps.audit().record(SecurityEventType.PASSWORD_RESET, account.id(), origin);
            return true;
        });
        if (!reset) {
            return new Result.InvalidToken();
        }
        deps.sessions().endAllOf(account.id(), null);
        loginAttempts.clear(account.email().value());
        return new Result.Reset(account.id());
    }
}
