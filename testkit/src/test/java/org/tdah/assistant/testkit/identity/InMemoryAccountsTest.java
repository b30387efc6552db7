package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.AccountsContract;

class InMemoryAccountsTest extends AccountsContract {
    @Override
    protected Accounts newAccounts() {
        return new InMemoryAccounts();
    }
}
