package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.AccountPreferencesContract;

class InMemoryAccountPreferencesTest extends AccountPreferencesContract {
    @Override
    protected AccountPreferences newAccountPreferences() {
        return new InMemoryAccountPreferences();
    }
}
