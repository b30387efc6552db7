package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;

/** Marks an email address verified with the single-use token mailed to it. */
public final class VerifyEmail {

    /** The token from the email. */
    public record Command(String token) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("token", token);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "VerifyEmail.Command[redacted]";
        }
    }

    /** How a verification ended. */
    public sealed interface Result {
        record Verified(AccountId account) implements Result {}

        /** Unknown, used or expired: the same answer for each. */
        record InvalidToken() implements Result {}

        record RateLimited(Duration retryAfter) implements Result {}
    }

    private final IdentityServices deps;
    private final RateLimiter.Limit limit;

    public VerifyEmail(IdentityServices services, RateLimiter.Limit verificationsPerAddress) {
        this.deps = services;
        this.limit = verificationsPerAddress;
    }

    public Result verify(Command command, RequestOrigin origin) {
        Optional<Duration> wait = deps.rateLimiter().acquire(limit, origin.addressKey());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        TokenHash hash = TokenHash.of(command.token());
        Instant now = deps.clock().instant();
        return deps.transactions().inTransaction(() -> {
            Optional<AccountId> account = deps.oneTimeTokens().findUsable(hash, TokenPurpose.EMAIL_VERIFICATION, now);
            if (account.isEmpty() || !deps.oneTimeTokens().use(hash, TokenPurpose.EMAIL_VERIFICATION, now)) {
                return new Result.InvalidToken();
            }
            deps.accounts().markEmailVerified(account.get());
            deps.audit().record(SecurityEventType.EMAIL_VERIFIED, account.get(), origin);
            return new Result.Verified(account.get());
        });
    }
}
