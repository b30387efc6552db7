package org.tdah.assistant.adapters.persistence.identity;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.identity.port.SmsCodesContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiSmsCodesIT extends SmsCodesContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected SmsCodes newSmsCodes() {
        return new JdbiSmsCodes(DATABASE);
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
