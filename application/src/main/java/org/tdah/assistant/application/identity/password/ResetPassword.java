package org.tdah.assistant.application.identity.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.identity.support.LoginAttempts;
import org.tdah.assistant.application.identity.support.PasswordRules;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
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
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Reset reset);

            T on(InvalidToken invalidToken);

            T on(PasswordRejected passwordRejected);

            T on(RateLimited rateLimited);
        }

        record Reset(AccountId account) implements Result {
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

        record PasswordRejected(List<String> reasons) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }

            public PasswordRejected {
                reasons = List.copyOf(reasons);
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
    private final OneTimeTokens oneTimeTokens;
    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final RefreshTokens refreshTokens;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final Sessions sessions;
    private final RateLimiter.Limit limit;
    private final LoginAttempts loginAttempts;

    public ResetPassword(RateLimiter rateLimiter, Clock clock, OneTimeTokens oneTimeTokens, Accounts accounts, PasswordRules passwordRules, PasswordHasher passwordHasher, Transactions transactions, RefreshTokens refreshTokens, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, Sessions sessions, RateLimiter.Limit resetsPerAddress, LoginAttempts loginAttempts) {
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.oneTimeTokens = oneTimeTokens;
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.sessions = sessions;
        this.limit = resetsPerAddress;
        this.loginAttempts = loginAttempts;
    }

    public Result reset(Command command, RequestOrigin origin) {
        Optional<Duration> wait = rateLimiter.acquire(limit, origin.addressKey());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        TokenHash hash = TokenHash.of(command.token());
        Instant now = clock.instant();
        Optional<Account> found = oneTimeTokens.findUsable(hash, TokenPurpose.PASSWORD_RESET, now)
                .flatMap(accounts::withId);
        if (found.isEmpty()) {
            return new Result.InvalidToken();
        }
        Account account = found.get();
        List<String> rejections =
                passwordRules.rejections(command.newPassword(), account.email(), account.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        boolean reset = transactions.inTransaction(() -> {
            if (!oneTimeTokens.use(hash, TokenPurpose.PASSWORD_RESET, now)) {
                return false;
            }
            accounts.replacePasswordHash(account.id(), newHash);
            oneTimeTokens.revokeAll(account.id(), TokenPurpose.PASSWORD_RESET, now);
            refreshTokens.revokeAllOf(account.id(), null, now);
            outbox.enqueue(emails.passwordWasReset(account), now);
            audit.record(SecurityEventType.PASSWORD_RESET, account.id(), origin);
            return true;
        });
        if (!reset) {
            return new Result.InvalidToken();
        }
        sessions.endAllOf(account.id(), null);
        loginAttempts.clear(account.email().value());
        return new Result.Reset(account.id());
    }
}
