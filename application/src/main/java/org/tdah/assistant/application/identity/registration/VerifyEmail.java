package org.tdah.assistant.application.identity.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Transactions;
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
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Verified verified);

            T on(InvalidToken invalidToken);

            T on(RateLimited rateLimited);
        }

        record Verified(AccountId account) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Unknown, used or expired: the same answer for each. */
        record InvalidToken() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record RateLimited(Duration retryAfter) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final Transactions transactions;
    private final OneTimeTokens oneTimeTokens;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final RateLimiter.Limit limit;

    public VerifyEmail(RateLimiter rateLimiter, Clock clock, Transactions transactions, OneTimeTokens oneTimeTokens, Accounts accounts, AuditTrail audit, RateLimiter.Limit verificationsPerAddress) {
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.transactions = transactions;
        this.oneTimeTokens = oneTimeTokens;
        this.accounts = accounts;
        this.audit = audit;
        this.limit = verificationsPerAddress;
    }

    public Result verify(Command command, RequestOrigin origin) {
        Optional<Duration> wait = rateLimiter.acquire(limit, origin.addressKey());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        TokenHash hash = TokenHash.of(command.token());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<AccountId> account = oneTimeTokens.findUsable(hash, TokenPurpose.EMAIL_VERIFICATION, now);
            if (account.isEmpty() || !oneTimeTokens.use(hash, TokenPurpose.EMAIL_VERIFICATION, now)) {
                return new Result.InvalidToken();
            }
            accounts.markEmailVerified(account.get());
            audit.record(SecurityEventType.EMAIL_VERIFIED, account.get(), origin);
            return new Result.Verified(account.get());
        });
    }
}
