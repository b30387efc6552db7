package org.tdah.assistant.adapters.persistence.assistant;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.JdbiTransactions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.RemindersContract;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiRemindersIT extends RemindersContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected Reminders newReminders() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiReminders(DATABASE);
    }

    @Override
    protected Tasks newTasks() {
        return new JdbiTasks(DATABASE);
    }

    @Override
    protected Transactions newTransactions() {
        return new JdbiTransactions(DATABASE);
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
