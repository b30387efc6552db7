package org.tdah.assistant.application.identity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordPolicy;
import org.tdah.assistant.domain.shared.InputCheck;

/** Opens an account for a person who chose an email address, a display name and a password. */
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
    }

    private final Accounts accounts;
    private final PasswordHasher passwordHasher;
    private final Ids ids;
    private final Clock clock;

    public RegisterAccount(Accounts accounts, PasswordHasher passwordHasher, Ids ids, Clock clock) {
        this.accounts = accounts;
        this.passwordHasher = passwordHasher;
        this.ids = ids;
        this.clock = clock;
    }

    public Result register(Command command) {
        List<String> rejections =
                PasswordPolicy.rejections(command.password(), command.email(), command.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        if (accounts.withEmail(command.email()).isPresent()) {
            return new Result.EmailAlreadyRegistered();
        }
        Account account = Account.register(
                new AccountId(ids.next()),
                command.email(),
                command.displayName(),
                passwordHasher.hash(command.password()),
                clock.instant());
        return accounts.add(account) ? new Result.Registered(account) : new Result.EmailAlreadyRegistered();
    }
}
