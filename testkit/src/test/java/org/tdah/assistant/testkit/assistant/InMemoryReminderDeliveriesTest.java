package org.tdah.assistant.testkit.assistant;

import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.application.assistant.port.ReminderDeliveriesContract;
import org.tdah.assistant.application.assistant.port.Reminders;

class InMemoryReminderDeliveriesTest extends ReminderDeliveriesContract {
    @Override
    protected ReminderDeliveries newDeliveries() {
        return new InMemoryReminderDeliveries();
    }

    @Override
    protected Reminders newReminders() {
        return new InMemoryReminders();
    }
}
