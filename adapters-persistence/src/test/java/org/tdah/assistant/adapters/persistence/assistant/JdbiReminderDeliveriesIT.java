package org.tdah.assistant.adapters.persistence.assistant;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.application.assistant.port.ReminderDeliveriesContract;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiReminderDeliveriesIT extends ReminderDeliveriesContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected ReminderDeliveries newDeliveries() {
        return new JdbiReminderDeliveries(DATABASE);
    }

    @Override
    protected Reminders newReminders() {
        return new JdbiReminders(DATABASE);
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
