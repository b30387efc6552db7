package org.tdah.assistant.adapters.persistence.sms;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.port.SmsOutboxContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiSmsOutboxIT extends SmsOutboxContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected SmsOutbox newOutbox() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiSmsOutbox(DATABASE);
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
