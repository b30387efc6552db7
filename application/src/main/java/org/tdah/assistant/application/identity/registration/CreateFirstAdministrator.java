package org.tdah.assistant.application.identity.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.PasswordRules;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * Creates the first administrator from the operator's settings, at start, when no active
 * administrator exists: a verified account holding {@code user} and {@code administrator}, its
 * password held to the same policy and hasher as anyone's. Running it again changes nothing.
 *
 * <p>An existing account with that email address that is not an administrator is not promoted:
 * whoever registered the address first (not necessarily the operator) would gain the role.
 */
public final class CreateFirstAdministrator {

    static final DisplayName DISPLAY_NAME = new DisplayName("Administrator");

    /** The operator's settings; the password is never printed. */
    public record Command(EmailAddress email, String password) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }

        /** Reads the raw settings, reporting every malformed one at once. */
        public static Command of(String email, String password) {
            InputCheck check = new InputCheck();
            EmailAddress parsedEmail = check.require("email", email, EmailAddress::parse);
            String presentPassword = check.requirePresent("password", password);
            check.throwIfInvalid();
            return new Command(parsedEmail, presentPassword);
        }

        @Override
        public String toString() {
            return "CreateFirstAdministrator.Command[email=" + email + "]";
        }
    }

    /** How the creation ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Created created);

            T on(AdministratorPresent administratorPresent);

            T on(EmailTaken emailTaken);

            T on(PasswordRejected passwordRejected);
        }

        record Created(Account account) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** An active administrator exists already: nothing was created. */
        record AdministratorPresent() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Another account, not an active administrator, has the address: it was left as it is. */
        record EmailTaken(AccountId existing) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The password does not meet the policy; {@code rejections} say why. */
        record PasswordRejected(List<String> rejections) implements Result {
            public PasswordRejected {
                rejections = List.copyOf(rejections);
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Ids ids;
    private final Clock clock;

    public CreateFirstAdministrator(Accounts accounts, PasswordRules passwordRules, PasswordHasher passwordHasher,
            Transactions transactions, AuditTrail audit, Ids ids, Clock clock) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Checks the password first, so that a weak one stops every start, not only the first. */
    public Result create(Command command) {
        List<String> rejections = passwordRules.rejections(command.password(), command.email(), DISPLAY_NAME);
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        return transactions.inTransaction(() -> {
            if (accounts.lockActiveAdministrators() > 0) {
                return new Result.AdministratorPresent();
            }
            Optional<Account> existing = accounts.withEmail(command.email());
            if (existing.isPresent()) {
                return new Result.EmailTaken(existing.get().id());
            }
            Instant now = clock.instant();
            Account administrator = new Account(new AccountId(ids.next()), command.email(), DISPLAY_NAME,
                    passwordHasher.hash(command.password()), EnumSet.of(Role.USER, Role.ADMINISTRATOR), true, now,
                    Timezone.UTC, Language.EN);
            if (!accounts.add(administrator)) {
                throw new IllegalStateException("the first administrator's address was registered while it was created");
            }
            audit.recordAdministrative(SecurityEventType.ADMINISTRATOR_CREATED, administrator.id(), administrator.id(),
                    RequestOrigin.UNKNOWN);
            return new Result.Created(administrator);
        });
    }
}
