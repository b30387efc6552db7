package org.tdah.assistant.testkit.assistant;

import java.util.HashSet;
import java.util.Set;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Item numbers read from the in-memory tasks and reminders; behaves as {@code ItemNumbersContract}
 * says. The number is held until the transaction ends because {@code InMemoryTransactions} runs one
 * transaction at a time: no other can ask for a number before this one's item is stored or rolled
 * back. Outside a transaction, two calls before either item is stored get the same number.
 */
public final class InMemoryItemNumbers implements ItemNumbers {
    private final InMemoryTasks tasks;
    private final InMemoryReminders reminders;

    /** Numbers free among these tasks and reminders. */
    public InMemoryItemNumbers(InMemoryTasks tasks, InMemoryReminders reminders) {
        this.tasks = tasks;
        this.reminders = reminders;
    }

    @Override
    public synchronized ItemNumber nextFree(AccountId owner) {
        Set<Integer> held = new HashSet<>(tasks.openNumbers(owner));
        held.addAll(reminders.activeNumbers(owner));
        int number = 1;
        while (held.contains(number)) {
            number++;
        }
        return new ItemNumber(number);
    }
}
