package org.tdah.assistant.testkit.assistant;

import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.RemindersContract;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.testkit.shared.InMemoryTransactions;

class InMemoryRemindersTest extends RemindersContract {
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final InMemoryReminders reminders = new InMemoryReminders();

    @Override
    protected Reminders newReminders() {
        return reminders;
    }

    @Override
    protected Tasks newTasks() {
        return tasks;
    }

    @Override
    protected Transactions newTransactions() {
        return new InMemoryTransactions(tasks, reminders);
    }

    @Override
    protected boolean transactionsRunAtOnce() {
        return false;
    }
}
