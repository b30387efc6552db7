package org.tdah.assistant.adapters.persistence.assistant;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.assistant.port.TasksContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiTasksIT extends TasksContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected Tasks newTasks() {
        return new JdbiTasks(DATABASE);
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
