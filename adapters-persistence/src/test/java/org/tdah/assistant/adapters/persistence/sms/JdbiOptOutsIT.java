package org.tdah.assistant.adapters.persistence.sms;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.OptOutsContract;

class JdbiOptOutsIT extends OptOutsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected OptOuts newOptOuts() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiOptOuts(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
