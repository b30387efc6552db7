package org.tdah.assistant.adapters.persistence.sms;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.port.PhoneNumbersContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiPhoneNumbersIT extends PhoneNumbersContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected PhoneNumbers newPhoneNumbers() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiPhoneNumbers(DATABASE);
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
