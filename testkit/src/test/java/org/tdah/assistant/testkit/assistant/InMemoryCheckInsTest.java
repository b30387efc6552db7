package org.tdah.assistant.testkit.assistant;

import org.tdah.assistant.application.assistant.port.CheckIns;
import org.tdah.assistant.application.assistant.port.CheckInsContract;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.testkit.identity.InMemoryAccountPreferences;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;

class InMemoryCheckInsTest extends CheckInsContract {
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAccountPreferences preferences = new InMemoryAccountPreferences();

    @Override
    protected CheckIns newCheckIns() {
        return new InMemoryCheckIns(accounts, preferences);
    }

    @Override
    protected Accounts accounts() {
        return accounts;
    }

    @Override
    protected AccountPreferences preferences() {
        return preferences;
    }
}
