package org.tdah.assistant.adapters.persistence.identity;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.AccountsContract;

class JdbiAccountsIT extends AccountsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected Accounts newAccounts() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiAccounts(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
