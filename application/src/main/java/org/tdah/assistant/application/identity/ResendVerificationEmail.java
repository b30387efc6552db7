package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

/**
 * Mails the caller a new verification link, which replaces every earlier one (a person who asks
 * again has usually lost the first email, and only the newest link should work).
 */
public final class ResendVerificationEmail {

    /** How a resend ended. */
    public sealed interface Result {
        record Sent() implements Result {}

        record AlreadyVerified() implements Result {}

        record RateLimited(Duration retryAfter) implements Result {}

        record NoSuchAccount() implements Result {}
    }

    private final IdentityServices deps;
    private final RateLimiter.Limit limit;

    public ResendVerificationEmail(IdentityServices services, RateLimiter.Limit resendsPerAccount) {
        this.deps = services;
        this.limit = resendsPerAccount;
    }

    public Result resend(Caller caller, RequestOrigin origin) {
        Optional<Account> found = deps.accounts().withId(caller.accountId());
        if (found.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        Account account = found.get();
        if (account.emailVerified()) {
            return new Result.AlreadyVerified();
        }
        Optional<Duration> wait = deps.rateLimiter().acquire(limit, account.id().value());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        String token = deps.secrets().newToken();
        Instant now = deps.clock().instant();
        deps.transactions().run(() -> {
            deps.oneTimeTokens().revokeAll(account.id(), TokenPurpose.EMAIL_VERIFICATION, now);
            deps.oneTimeTokens().add(TokenHash.of(token), TokenPurpose.EMAIL_VERIFICATION, account.id(),
                    now.plus(TokenPurpose.EMAIL_VERIFICATION.lifetime()));
            deps.outbox().enqueue(deps.emails().verification(account, token), now);
            deps.audit().record(SecurityEventType.VERIFICATION_EMAIL_SENT, account.id(), origin);
        });
        return new Result.Sent();
    }
}
