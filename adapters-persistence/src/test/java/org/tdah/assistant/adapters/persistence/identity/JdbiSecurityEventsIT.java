package org.tdah.assistant.adapters.persistence.identity;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.identity.port.SecurityEventsContract;

class JdbiSecurityEventsIT extends SecurityEventsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected SecurityEvents newSecurityEvents() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiSecurityEvents(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
