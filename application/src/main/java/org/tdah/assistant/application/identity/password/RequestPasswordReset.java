package org.tdah.assistant.application.identity.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * Mails a single-use password reset link (1 hour) when the email has an account, and answers the
 * same when it has none, so the answer never tells whether an email is registered. A new link
 * replaces the earlier ones.
 */
public final class RequestPasswordReset {

    /** The email to send the link to. */
    public record Command(EmailAddress email) {
        public static Command of(String email) {
            InputCheck check = new InputCheck();
            EmailAddress parsed = check.require("email", email, EmailAddress::parse);
            check.throwIfInvalid();
            return new Command(parsed);
        }
    }

    /** How a request ended: accepted (whatever the email), or rate limited. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Accepted accepted);

            T on(RateLimited rateLimited);
        }

        record Accepted() implements Result {
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
    private final Accounts accounts;
    private final Secrets secrets;
    private final Clock clock;
    private final Transactions transactions;
    private final OneTimeTokens oneTimeTokens;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final RateLimiter.Limit perAddress;
    private final RateLimiter.Limit perEmail;

    public RequestPasswordReset(RateLimiter rateLimiter, Accounts accounts, Secrets secrets, Clock clock, Transactions transactions, OneTimeTokens oneTimeTokens, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, RateLimiter.Limit perAddress, RateLimiter.Limit perEmail) {
        this.rateLimiter = rateLimiter;
        this.accounts = accounts;
        this.secrets = secrets;
        this.clock = clock;
        this.transactions = transactions;
        this.oneTimeTokens = oneTimeTokens;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    public Result request(Command command, RequestOrigin origin) {
        Optional<Duration> wait = rateLimiter.acquire(perAddress, origin.addressKey())
                .or(() -> rateLimiter.acquire(perEmail, TokenHash.of(command.email().value()).hex()));
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        Optional<Account> account = accounts.withEmail(command.email());
        if (account.isPresent()) {
            mailResetLink(account.get(), origin);
        }
        return new Result.Accepted();
    }

    private void mailResetLink(Account account, RequestOrigin origin) {
        String token = secrets.newToken();
        Instant now = clock.instant();
        transactions.run(() -> {
            oneTimeTokens.revokeAll(account.id(), TokenPurpose.PASSWORD_RESET, now);
            oneTimeTokens.add(TokenHash.of(token), TokenPurpose.PASSWORD_RESET, account.id(),
                    now.plus(TokenPurpose.PASSWORD_RESET.lifetime()));
            outbox.enqueue(emails.passwordReset(account, token), now);
            audit.record(SecurityEventType.PASSWORD_RESET_REQUESTED, account.id(), origin);
        });
    }
}
