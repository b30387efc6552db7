package org.tdah.assistant.adapters.persistence.sms;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.application.sms.port.SmsUsageContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiSmsUsageIT extends SmsUsageContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected SmsUsage newUsage() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiSmsUsage(DATABASE);
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
