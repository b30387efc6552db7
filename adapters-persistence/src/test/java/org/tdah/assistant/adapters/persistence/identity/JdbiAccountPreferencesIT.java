package org.tdah.assistant.adapters.persistence.identity;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.AccountPreferencesContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiAccountPreferencesIT extends AccountPreferencesContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected AccountPreferences newAccountPreferences() {
        return new JdbiAccountPreferences(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
