package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * What every implementation of {@link ItemNumbers} must do, over the tasks and reminders of the
 * same store: {@link #newItemNumbers()} is called after {@link #newTasks()} and {@link #newReminders()}.
 */
public abstract class ItemNumbersContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");

    private final OrderedIds ids = new OrderedIds();
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private Tasks tasks;
    private Reminders reminders;
    private ItemNumbers numbers;
    private Transactions transactions;
    private AccountId owner;

    protected abstract Tasks newTasks();

    protected abstract Reminders newReminders();

    /** The numbers among the tasks and reminders made just before. */
    protected abstract ItemNumbers newItemNumbers();

    /** Transactions over the same store. */
    protected abstract Transactions newTransactions();

    /** An account items may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpNumbers() {
        tasks = newTasks();
        reminders = newReminders();
        numbers = newItemNumbers();
        transactions = newTransactions();
        owner = anAccount();
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.shutdownNow();
    }

    private Task task(AccountId of, int number) {
        Task task = Task.open(new TaskId(ids.next()), of, new ItemNumber(number), new TaskTitle("Faire les courses"), AT);
        tasks.add(task);
        return task;
    }

    private Reminder reminder(AccountId of, int number, ReminderStatus status) {
        boolean active = status.active();
        Reminder reminder = new Reminder(new ReminderId(ids.next()), of, new ItemNumber(number),
                new ReminderText("Sortir le chien"), new Schedule.Once(LocalDateTime.of(2026, 12, 1, 11, 0)),
                ZoneId.of("Europe/Paris"), status, active ? Optional.of(AT) : Optional.empty(),
                status == ReminderStatus.SNOOZED ? Optional.of(AT.plusSeconds(600)) : Optional.empty(),
                active ? Optional.of(Firing.at(AT, 0)) : Optional.empty(), Optional.empty(), AT);
        reminders.add(reminder);
        return reminder;
    }

    @Test
    void a_person_without_items_gets_number_1() {
        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(1));
    }

    @Test
    void the_next_number_is_the_smallest_held_by_no_open_task_and_no_active_reminder() {
        task(owner, 1);
        reminder(owner, 2, ReminderStatus.SCHEDULED);
        task(owner, 4);
        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(3));

        reminder(owner, 3, ReminderStatus.SNOOZED);
        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(5));
    }

    @Test
    void the_numbers_of_done_tasks_and_of_done_or_cancelled_reminders_are_free_again() {
        Task done = task(owner, 1);
        tasks.update(done.done(AT));
        reminder(owner, 2, ReminderStatus.DONE);
        reminder(owner, 3, ReminderStatus.CANCELLED);
        Reminder answered = reminder(owner, 4, ReminderStatus.SCHEDULED);
        task(owner, 5);

        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(1));
        task(owner, 1);
        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(2));
        reminder(owner, 2, ReminderStatus.SCHEDULED);
        reminder(owner, 3, ReminderStatus.SCHEDULED);
        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(6));
        reminders.update(answered.with(ReminderStatus.DONE, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(4));
    }

    @Test
    void another_person_s_numbers_do_not_count() {
        AccountId other = anAccount();
        task(other, 1);
        reminder(other, 2, ReminderStatus.SCHEDULED);

        assertThat(numbers.nextFree(owner)).isEqualTo(new ItemNumber(1));
        assertThat(numbers.nextFree(other)).isEqualTo(new ItemNumber(3));
    }

    @Test
    void two_transactions_of_one_person_at_once_get_different_numbers() throws Exception {
        Future<ItemNumber> second = transactions.inTransaction(() -> {
            ItemNumber mine = numbers.nextFree(owner);
            tasks.add(Task.open(new TaskId(ids.next()), owner, mine, new TaskTitle("first"), AT));
            Future<ItemNumber> theirs = otherThread.submit(() -> transactions.inTransaction(() -> numbers.nextFree(owner)));
            pause();
            assertThat(mine).isEqualTo(new ItemNumber(1));
            return theirs;
        });

        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(new ItemNumber(2));
    }

    /** Long enough for the other transaction to ask for its number while the first is still open. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
