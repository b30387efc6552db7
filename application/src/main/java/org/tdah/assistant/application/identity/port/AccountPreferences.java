package org.tdah.assistant.application.identity.port;

import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Preferences;

/** How each person chose to be reminded; a person who never chose has none stored. */
public interface AccountPreferences {

    /** The preferences the account's owner chose, if they ever did. */
    Optional<Preferences> of(AccountId account);

    /** Makes these the account's preferences, replacing every earlier choice. */
    void replace(AccountId account, Preferences preferences);
}
