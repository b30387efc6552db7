package org.tdah.assistant.application.identity.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.application.shared.port.Transactions;
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
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Sent sent);

            T on(AlreadyVerified alreadyVerified);

            T on(RateLimited rateLimited);

            T on(NoSuchAccount noSuchAccount);
        }

        record Sent() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record AlreadyVerified() implements Result {
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

        record NoSuchAccount() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final RateLimiter rateLimiter;
    private final Secrets secrets;
    private final Clock clock;
    private final Transactions transactions;
    private final OneTimeTokens oneTimeTokens;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final RateLimiter.Limit limit;

    public ResendVerificationEmail(Accounts accounts, RateLimiter rateLimiter, Secrets secrets, Clock clock, Transactions transactions, OneTimeTokens oneTimeTokens, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, RateLimiter.Limit resendsPerAccount) {
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.secrets = secrets;
        this.clock = clock;
        this.transactions = transactions;
        this.oneTimeTokens = oneTimeTokens;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.limit = resendsPerAccount;
    }

    public Result resend(Caller caller, RequestOrigin origin) {
        Optional<Account> found = accounts.withId(caller.accountId());
        if (found.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        Account account = found.get();
        if (account.emailVerified()) {
            return new Result.AlreadyVerified();
        }
        Optional<Duration> wait = rateLimiter.acquire(limit, account.id().value());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        String token = secrets.newToken();
        Instant now = clock.instant();
        transactions.run(() -> {
            oneTimeTokens.revokeAll(account.id(), TokenPurpose.EMAIL_VERIFICATION, now);
            oneTimeTokens.add(TokenHash.of(token), TokenPurpose.EMAIL_VERIFICATION, account.id(),
                    now.plus(TokenPurpose.EMAIL_VERIFICATION.lifetime()));
            outbox.enqueue(emails.verification(account, token), now);
            audit.record(SecurityEventType.VERIFICATION_EMAIL_SENT, account.id(), origin);
        });
        return new Result.Sent();
    }
}
