package org.tdah.assistant.application.identity.profile;

import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.Timezone;

/**
 * Changes how callers are addressed, the zone they live in, their language or their consent to be
 * texted, in one transaction; what is not given stays.
 */
public final class UpdateProfile {

    /**
     * The changes asked for: an empty field keeps its current value; {@code smsConsent} true gives
     * the consent to be texted (from the profile), false withdraws it.
     */
    public record Change(Optional<DisplayName> displayName, Optional<Timezone> timezone, Optional<Language> language,
            Optional<Boolean> smsConsent) {
        public Change {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(timezone, "timezone");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(smsConsent, "smsConsent");
        }

        public Change(Optional<DisplayName> displayName, Optional<Timezone> timezone, Optional<Language> language) {
            this(displayName, timezone, language, Optional.empty());
        }
    }

    /** How the update ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Updated updated);

            T on(NoSuchAccount noSuchAccount);
        }

        /** The account as it is now. */
        record Updated(Account account) implements Result {
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
    private final RecordSmsConsent recordSmsConsent;
    private final Transactions transactions;

    public UpdateProfile(Accounts accounts, RecordSmsConsent recordSmsConsent, Transactions transactions) {
        this.accounts = accounts;
        this.recordSmsConsent = recordSmsConsent;
        this.transactions = transactions;
    }

    public Result update(Caller caller, Change change) {
        return transactions.inTransaction(() -> updateInTransaction(caller, change));
    }

    private Result updateInTransaction(Caller caller, Change change) {
        Optional<Account> current = accounts.withId(caller.accountId());
        if (current.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        Account account = current.get();
        Account updated = account.withProfile(change.displayName().orElse(account.displayName()),
                change.timezone().orElse(account.timezone()), change.language().orElse(account.language()));
        if (!accounts.updateProfile(account.id(), updated.displayName(), updated.timezone(), updated.language())) {
            return new Result.NoSuchAccount();
        }
        if (change.smsConsent().isEmpty()) {
            return new Result.Updated(updated);
        }
        RecordSmsConsent.Result consent = change.smsConsent().get()
                ? recordSmsConsent.give(account.id(), SmsConsent.Source.PROFILE)
                : recordSmsConsent.withdraw(account.id());
        return consent.map(new RecordSmsConsent.Result.Mapping<>() {
            @Override
            public Result on(RecordSmsConsent.Result.Recorded recorded) {
                Account withConsent = recorded.consent().map(updated::withSmsConsent).orElseGet(updated::withoutSmsConsent);
                return new Result.Updated(withConsent);
            }

            @Override
            public Result on(RecordSmsConsent.Result.NoSuchAccount noSuchAccount) {
                return new Result.NoSuchAccount();
            }
        });
    }
}
