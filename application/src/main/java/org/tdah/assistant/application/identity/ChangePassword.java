package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.shared.RequestOrigin;
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
        record Changed() implements Result {}

        record WrongCurrentPassword() implements Result {}

        record PasswordRejected(List<String> reasons) implements Result {
            public PasswordRejected {
                reasons = List.copyOf(reasons);
            }
        }

        record Throttled(Duration retryAfter) implements Result {}

        record NoSuchAccount() implements Result {}
    }

    private final IdentityServices deps;
    private final LoginAttempts loginAttempts;

    public ChangePassword(IdentityServices services) {
        this.deps = services;
        this.loginAttempts = new LoginAttempts(services.attempts());
    }

    public Result change(Caller caller, Command command, RequestOrigin origin) {
        Optional<Account> found = deps.accounts().withId(caller.accountId());
        if (found.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        Account account = found.get();
        String email = account.email().value();
        Instant now = deps.clock().instant();
        if (loginAttempts.admit(email, origin, now) instanceof LoginAttempts.Admission.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        if (!deps.passwordHasher().matches(command.currentPassword(), account.passwordHash())) {
            deps.audit().record(SecurityEventType.LOGIN_FAILED, account.id(), origin);
            return new Result.WrongCurrentPassword();
        }
        loginAttempts.release(email, origin);
        List<String> rejections =
                deps.passwordRules().rejections(command.newPassword(), account.email(), account.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        PasswordHash newHash = deps.passwordHasher().hash(command.newPassword());
        deps.transactions().run(() -> {
            deps.accounts().replacePasswordHash(account.id(), newHash);
            deps.refreshTokens().revokeAllOf(account.id(), caller.session(), now);
            deps.outbox().enqueue(deps.emails().passwordWasChanged(account), now);
            deps.audit().record(SecurityEventType.PASSWORD_CHANGED, account.id(), origin);
        });
        deps.sessions().endAllOf(account.id(), caller.session());
        return new Result.Changed();
    }
}
