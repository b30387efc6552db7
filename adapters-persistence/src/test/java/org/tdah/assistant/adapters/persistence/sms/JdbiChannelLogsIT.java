package org.tdah.assistant.adapters.persistence.sms;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.application.sms.port.ChannelLogsContract;

class JdbiChannelLogsIT extends ChannelLogsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected ChannelLogs newChannelLogs() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiChannelLogs(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
