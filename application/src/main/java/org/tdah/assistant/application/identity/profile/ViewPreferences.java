package org.tdah.assistant.application.identity.profile;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.Preferences;

/** Shows callers how they are reminded: what they chose, or the defaults when they never chose. */
public final class ViewPreferences {

    /** What viewing found. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NoSuchAccount noSuchAccount);
        }

        record Found(Preferences preferences) implements Result {
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
    private final AccountPreferences preferences;

    public ViewPreferences(Accounts accounts, AccountPreferences preferences) {
        this.accounts = accounts;
        this.preferences = preferences;
    }

    public Result view(Caller caller) {
        if (accounts.withId(caller.accountId()).isEmpty()) {
            return new Result.NoSuchAccount();
        }
        return new Result.Found(preferences.of(caller.accountId()).orElse(Preferences.DEFAULTS));
    }
}
