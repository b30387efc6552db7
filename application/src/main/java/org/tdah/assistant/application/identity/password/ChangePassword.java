package org.tdah.assistant.application.identity.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.identity.support.LoginAttempts;
import org.tdah.assistant.application.identity.support.PasswordRules;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * A logged-in person changes their password, proving they know the current one (failures count
 * toward the login throttle, so this is no back door for guessing). Every other session and its
 * refresh tokens are revoked; the current one goes on. A notice is mailed.
 */
public final class ChangePassword {

    /** The current and the new password; never printed. */
    public record Command(String currentPassword, String newPassword) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("currentPassword", currentPassword);
            check.requirePresent("newPassword", newPassword);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "ChangePassword.Command[redacted]";
        }
    }

    /** How a change ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Changed changed);

            T on(WrongCurrentPassword wrongCurrentPassword);

            T on(PasswordRejected passwordRejected);

            T on(Throttled throttled);

            T on(NoSuchAccount noSuchAccount);
        }

        record Changed() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record WrongCurrentPassword() implements Result {
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

        record Throttled(Duration retryAfter) implements Result {
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
    private final Clock clock;
    private final PasswordHasher passwordHasher;
    private final AuditTrail audit;
    private final PasswordRules passwordRules;
    private final Transactions transactions;
    private final RefreshTokens refreshTokens;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final Sessions sessions;
    private final LoginAttempts loginAttempts;

    public ChangePassword(Accounts accounts, Clock clock, PasswordHasher passwordHasher, AuditTrail audit, PasswordRules passwordRules, Transactions transactions, RefreshTokens refreshTokens, EmailOutbox outbox, IdentityEmails emails, Sessions sessions, LoginAttempts loginAttempts) {
        this.accounts = accounts;
        this.clock = clock;
        this.passwordHasher = passwordHasher;
        this.audit = audit;
        this.passwordRules = passwordRules;
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.emails = emails;
        this.sessions = sessions;
        this.loginAttempts = loginAttempts;
    }

    public Result change(Caller caller, Command command, RequestOrigin origin) {
        Optional<Account> found = accounts.withId(caller.accountId());
        if (found.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        Account account = found.get();
        String email = account.email().value();
        Instant now = clock.instant();
        if (loginAttempts.admit(email, origin, now) instanceof LoginAttempts.Admission.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        if (!passwordHasher.matches(command.currentPassword(), account.passwordHash())) {
            audit.record(SecurityEventType.LOGIN_FAILED, account.id(), origin);
            return new Result.WrongCurrentPassword();
        }
        loginAttempts.release(email, origin);
        List<String> rejections =
                passwordRules.rejections(command.newPassword(), account.email(), account.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        transactions.run(() -> {
            accounts.replacePasswordHash(account.id(), newHash);
            refreshTokens.revokeAllOf(account.id(), caller.session(), now);
            outbox.enqueue(emails.passwordWasChanged(account), now);
            audit.record(SecurityEventType.PASSWORD_CHANGED, account.id(), origin);
        });
        sessions.endAllOf(account.id(), caller.session());
        return new Result.Changed();
    }
}
