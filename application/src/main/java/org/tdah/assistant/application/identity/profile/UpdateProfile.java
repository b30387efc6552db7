package org.tdah.assistant.application.identity.profile;

import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.Timezone;

/** Changes how callers are addressed, the zone they live in or their language; what is not given stays. */
public final class UpdateProfile {

    /** The changes asked for: an empty field keeps its current value. */
    public record Change(Optional<DisplayName> displayName, Optional<Timezone> timezone, Optional<Language> language) {
        public Change {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(timezone, "timezone");
            Objects.requireNonNull(language, "language");
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

    public UpdateProfile(Accounts accounts) {
        this.accounts = accounts;
    }

    public Result update(Caller caller, Change change) {
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
        return new Result.Updated(updated);
    }
}
