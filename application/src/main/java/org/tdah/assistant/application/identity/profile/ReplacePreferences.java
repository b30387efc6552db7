package org.tdah.assistant.application.identity.profile;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.Preferences;

/** Replaces every reminder preference of callers at once; the next view shows the new ones. */
public final class ReplacePreferences {

    /** How replacing ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Replaced replaced);

            T on(NoSuchAccount noSuchAccount);
        }

        /** The preferences now in force. */
        record Replaced(Preferences preferences) implements Result {
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

    public ReplacePreferences(Accounts accounts, AccountPreferences preferences) {
        this.accounts = accounts;
        this.preferences = preferences;
    }

    public Result replace(Caller caller, Preferences chosen) {
        if (accounts.withId(caller.accountId()).isEmpty()) {
            return new Result.NoSuchAccount();
        }
        preferences.replace(caller.accountId(), chosen);
        return new Result.Replaced(chosen);
    }
}
