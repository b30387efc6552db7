package org.tdah.assistant.adapters.persistence.assistant;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccountPreferences;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.assistant.port.CheckIns;
import org.tdah.assistant.application.assistant.port.CheckInsContract;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;

class JdbiCheckInsIT extends CheckInsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected CheckIns newCheckIns() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiCheckIns(DATABASE);
    }

    @Override
    protected Accounts accounts() {
        return new JdbiAccounts(DATABASE);
    }

    @Override
    protected AccountPreferences preferences() {
        return new JdbiAccountPreferences(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
