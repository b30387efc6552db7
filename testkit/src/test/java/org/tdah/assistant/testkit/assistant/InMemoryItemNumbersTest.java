package org.tdah.assistant.testkit.assistant;

import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.ItemNumbersContract;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.testkit.shared.InMemoryTransactions;

class InMemoryItemNumbersTest extends ItemNumbersContract {
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final InMemoryReminders reminders = new InMemoryReminders();

    @Override
    protected Tasks newTasks() {
        return tasks;
    }

    @Override
    protected Reminders newReminders() {
        return reminders;
    }

    @Override
    protected ItemNumbers newItemNumbers() {
        return new InMemoryItemNumbers(tasks, reminders);
    }

    @Override
    protected Transactions newTransactions() {
        return new InMemoryTransactions(tasks, reminders);
    }
}
