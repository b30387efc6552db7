package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * Opens an account for a person who chose an email address, a display name and a password, and
 * mails them a link to verify the address: the account, the token and the email are stored in one
 * transaction, so there is never an account whose verification email was lost.
 */
public final class RegisterAccount {

    /** A registration request; the password is the person's secret and never printed. */
    public record Command(EmailAddress email, String password, DisplayName displayName) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(displayName, "displayName");
        }

        /** Reads raw input, reporting every malformed field at once. */
        public static Command of(String email, String password, String displayName) {
            InputCheck check = new InputCheck();
            EmailAddress parsedEmail = check.require("email", email, EmailAddress::parse);
            String presentPassword = check.requirePresent("password", password);
            DisplayName parsedName = check.require("displayName", displayName, DisplayName::parse);
            check.throwIfInvalid();
            return new Command(parsedEmail, presentPassword, parsedName);
        }

        @Override
        public String toString() {
            return "RegisterAccount.Command[email=" + email + ", displayName=" + displayName + "]";
        }
    }

    /** How a registration ended. */
    public sealed interface Result {
        record Registered(Account account) implements Result {}

        record EmailAlreadyRegistered() implements Result {}

        record PasswordRejected(List<String> reasons) implements Result {
            public PasswordRejected {
                reasons = List.copyOf(reasons);
            }
        }

        record RateLimited(Duration retryAfter) implements Result {}
    }

    private final IdentityServices deps;
    private final RateLimiter.Limit limit;

    public RegisterAccount(IdentityServices services, RateLimiter.Limit registrationsPerAddress) {
        this.deps = services;
        this.limit = registrationsPerAddress;
    }

    public Result register(Command command, RequestOrigin origin) {
        Optional<Duration> wait = deps.rateLimiter().acquire(limit, origin.addressKey());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        List<String> rejections = deps.passwordRules().rejections(command.password(), command.email(), command.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        if (deps.accounts().withEmail(command.email()).isPresent()) {
            return new Result.EmailAlreadyRegistered();
        }
        Instant now = deps.clock().instant();
        Account account = Account.register(
                new AccountId(deps.ids().next()),
                command.email(),
                command.displayName(),
                deps.passwordHasher().hash(command.password()),
                now);
        String token = deps.secrets().newToken();
        boolean registered = deps.transactions().inTransaction(() -> {
            if (!deps.accounts().add(account)) {
                return false;
            }
            deps.oneTimeTokens().add(TokenHash.of(token), TokenPurpose.EMAIL_VERIFICATION, account.id(),
                    now.plus(TokenPurpose.EMAIL_VERIFICATION.lifetime()));
            deps.outbox().enqueue(deps.emails().verification(account, token), now);
            deps.audit().record(SecurityEventType.REGISTERED, account.id(), origin);
            return true;
        });
        return registered ? new Result.Registered(account) : new Result.EmailAlreadyRegistered();
    }
}
