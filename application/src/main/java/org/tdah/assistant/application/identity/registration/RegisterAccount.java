package org.tdah.assistant.application.identity.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.identity.support.PasswordRules;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * Opens an account for a person who chose an email address, a display name and a password, and
 * mails them a link to verify the address: the account, the token and the email are stored in one
 * transaction, so there is never an account whose verification email was lost.
 */
public final class RegisterAccount {

    /**
     * A registration request; the password is the person's secret and never printed. The time zone and
     * the language are optional (the browser's, so a new account reads and schedules right from its
     * first login): UTC and English when not given.
     */
    public record Command(EmailAddress email, String password, DisplayName displayName, Optional<Timezone> timezone,
            Optional<Language> language) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(timezone, "timezone");
            Objects.requireNonNull(language, "language");
        }

        /** Reads raw input, reporting every malformed field at once. */
        public static Command of(String email, String password, String displayName) {
            return of(email, password, displayName, null, null);
        }

        /**
         * Reads raw input with the optional {@code timezone} (an IANA id) and {@code locale} ({@code en},
         * {@code fr}), null when absent, read as the profile reads them; every malformed field at once.
         */
        public static Command of(String email, String password, String displayName, String timezone, String locale) {
            InputCheck check = new InputCheck();
            EmailAddress parsedEmail = check.require("email", email, EmailAddress::parse);
            String presentPassword = check.requirePresent("password", password);
            DisplayName parsedName = check.require("displayName", displayName, DisplayName::parse);
            Optional<Timezone> parsedTimezone = check.optional("timezone", timezone, Timezone::new);
            Optional<Language> parsedLanguage = check.optional("locale", locale, Language::ofCode);
            check.throwIfInvalid();
            return new Command(parsedEmail, presentPassword, parsedName, parsedTimezone, parsedLanguage);
        }

        @Override
        public String toString() {
            return "RegisterAccount.Command[email=" + email + ", displayName=" + displayName + ", timezone="
                    + timezone.map(Timezone::value).orElse("-") + ", locale=" + language.map(Language::code).orElse("-") + "]";
        }
    }

    /** How a registration ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Registered registered);

            T on(EmailAlreadyRegistered emailAlreadyRegistered);

            T on(PasswordRejected passwordRejected);

            T on(RateLimited rateLimited);
        }

        record Registered(Account account) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record EmailAlreadyRegistered() implements Result {
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
    private final PasswordRules passwordRules;
    private final Accounts accounts;
    private final Clock clock;
    private final Ids ids;
    private final PasswordHasher passwordHasher;
    private final Secrets secrets;
    private final Transactions transactions;
    private final OneTimeTokens oneTimeTokens;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final RateLimiter.Limit limit;

    public RegisterAccount(RateLimiter rateLimiter, PasswordRules passwordRules, Accounts accounts, Clock clock, Ids ids, PasswordHasher passwordHasher, Secrets secrets, Transactions transactions, OneTimeTokens oneTimeTokens, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, RateLimiter.Limit registrationsPerAddress) {
        this.rateLimiter = rateLimiter;
        this.passwordRules = passwordRules;
        this.accounts = accounts;
        this.clock = clock;
        this.ids = ids;
        this.passwordHasher = passwordHasher;
        this.secrets = secrets;
        this.transactions = transactions;
        this.oneTimeTokens = oneTimeTokens;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.limit = registrationsPerAddress;
    }

    public Result register(Command command, RequestOrigin origin) {
        Optional<Duration> wait = rateLimiter.acquire(limit, origin.addressKey());
        if (wait.isPresent()) {
            return new Result.RateLimited(wait.get());
        }
        List<String> rejections = passwordRules.rejections(command.password(), command.email(), command.displayName());
        if (!rejections.isEmpty()) {
            return new Result.PasswordRejected(rejections);
        }
        if (accounts.withEmail(command.email()).isPresent()) {
            return new Result.EmailAlreadyRegistered();
        }
        Instant now = clock.instant();
        Account registered = Account.register(
                new AccountId(ids.next()),
                command.email(),
                command.displayName(),
                passwordHasher.hash(command.password()),
                now);
        Account account = registered.withProfile(command.displayName(),
                command.timezone().orElse(registered.timezone()), command.language().orElse(registered.language()));
        String token = secrets.newToken();
        boolean added = transactions.inTransaction(() -> {
            if (!accounts.add(account)) {
                return false;
            }
            oneTimeTokens.add(TokenHash.of(token), TokenPurpose.EMAIL_VERIFICATION, account.id(),
                    now.plus(TokenPurpose.EMAIL_VERIFICATION.lifetime()));
            outbox.enqueue(emails.verification(account, token), now);
            audit.record(SecurityEventType.REGISTERED, account.id(), origin);
            return true;
        });
        return added ? new Result.Registered(account) : new Result.EmailAlreadyRegistered();
    }
}
