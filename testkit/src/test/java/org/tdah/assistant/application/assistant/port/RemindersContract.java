package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
 * What every implementation of {@link Reminders} must do. {@link #dueForDelivery} is read across
 * owners: an adapter whose store is shared between tests empties it in {@link #newReminders()}.
 */
public abstract class RemindersContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final OrderedIds ids = new OrderedIds();
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private Reminders reminders;
    private Tasks tasks;
    private Transactions transactions;
    private AccountId owner;
    private AccountId other;

    /** The reminders under test, emptied of every earlier test's. */
    protected abstract Reminders newReminders();

    /** The tasks that reminders of the same store may be linked to. */
    protected abstract Tasks newTasks();

    /** Transactions over the same store. */
    protected abstract Transactions newTransactions();

    /** An account reminders may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    /**
     * Whether two transactions of the store can be open at once, so that {@link Reminders#dueForDelivery}
     * must skip the reminders the other one took. {@code InMemoryTransactions} runs one at a time.
     */
    protected boolean transactionsRunAtOnce() {
        return true;
    }

    @BeforeEach
    void setUpReminders() {
        reminders = newReminders();
        tasks = newTasks();
        transactions = newTransactions();
        owner = anAccount();
        other = anAccount();
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.shutdownNow();
    }

    private Reminder scheduled(AccountId of, int number, Instant attemptAt) {
        return new Reminder(new ReminderId(ids.next()), of, new ItemNumber(number), new ReminderText("Prendre les médicaments"),
                new Schedule.Once(LocalDateTime.of(2026, 12, 1, 11, 0)), PARIS, ReminderStatus.SCHEDULED,
                Optional.of(attemptAt), Optional.empty(), Optional.of(Firing.at(attemptAt, 0)), Optional.empty(), AT);
    }

    private Reminder silent(AccountId of, int number, ReminderStatus status) {
        return new Reminder(new ReminderId(ids.next()), of, new ItemNumber(number), new ReminderText("fini"),
                new Schedule.Once(LocalDateTime.of(2026, 12, 1, 11, 0)), PARIS, status, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), AT);
    }

    private Reminder withoutFiring(AccountId of, int number) {
        return scheduled(of, number, AT).withFiring(Optional.empty());
    }

    private Task task(AccountId of, int number) {
        Task task = Task.open(new TaskId(ids.next()), of, new ItemNumber(number), new TaskTitle("Appeler le dentiste"), AT);
        tasks.add(task);
        return task;
    }

    private Reminder ofTask(Reminder reminder, Task task) {
        return new Reminder(reminder.id(), reminder.owner(), reminder.number(), reminder.text(), reminder.schedule(),
                reminder.zone(), reminder.status(), reminder.occurrence(), reminder.snoozedUntil(), reminder.firing(),
                Optional.of(task.id()), reminder.createdAt());
    }

    private static List<ReminderId> idsOf(List<Reminder> list) {
        return list.stream().map(Reminder::id).toList();
    }

    @Test
    void a_stored_reminder_comes_back_field_for_field() {
        Task task = task(owner, 1);
        Reminder once = scheduled(owner, 1, AT);
        Reminder repeating = ofTask(new Reminder(new ReminderId(ids.next()), owner, new ItemNumber(2),
                new ReminderText("Arroser les plantes 🌱"),
                new Schedule.Repeating("FREQ=WEEKLY;BYDAY=MO,TH", LocalDateTime.of(2026, 12, 3, 8, 30, 15, 250_000_000)),
                ZoneId.of("America/New_York"), ReminderStatus.SNOOZED, Optional.of(AT.plusSeconds(3600)),
                Optional.of(AT.plusSeconds(4200).plusNanos(1_000)),
                Optional.of(new Firing(AT.plusSeconds(4200), 2, AT.plusSeconds(4300).plusNanos(9_000), 3)),
                Optional.empty(), AT.minusSeconds(86_400)), task);
        Reminder done = silent(owner, 3, ReminderStatus.DONE);
        Reminder cancelled = silent(owner, 3, ReminderStatus.CANCELLED);

        List.of(once, repeating, done, cancelled).forEach(reminders::add);

        assertThat(reminders.withId(owner, once.id())).contains(once);
        assertThat(reminders.withId(owner, repeating.id())).contains(repeating);
        assertThat(reminders.withId(owner, done.id())).contains(done);
        assertThat(reminders.withId(owner, cancelled.id())).contains(cancelled);
        assertThat(reminders.withId(owner, new ReminderId(ids.next()))).isEmpty();
    }

    @Test
    void another_person_s_id_reads_changes_and_removes_none_of_the_owner_s_reminders() {
        Task task = task(owner, 1);
        Reminder reminder = ofTask(scheduled(owner, 1, AT), task);
        reminders.add(reminder);

        reminders.update(new Reminder(reminder.id(), other, reminder.number(), new ReminderText("changed"),
                reminder.schedule(), reminder.zone(), ReminderStatus.CANCELLED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), AT));

        assertThat(reminders.withId(other, reminder.id())).isEmpty();
        assertThat(reminders.activeWithNumber(other, reminder.number())).isEmpty();
        assertThat(reminders.activeOfTask(other, task.id())).isEmpty();
        assertThat(reminders.ofOwner(other, Optional.empty(), 10)).isEmpty();
        assertThat(reminders.activeDueBefore(other, AT.plusSeconds(3600), 10)).isEmpty();
        assertThat(reminders.remove(other, reminder.id())).isFalse();
        assertThat(reminders.withId(owner, reminder.id())).contains(reminder);
    }

    @Test
    void the_reminders_of_an_owner_come_oldest_first_page_after_page_without_another_s() {
        List<ReminderId> added = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Reminder mine = i % 2 == 0 ? silent(owner, i, ReminderStatus.DONE) : scheduled(owner, i, AT.plusSeconds(i));
            reminders.add(mine);
            added.add(mine.id());
            reminders.add(scheduled(other, i, AT));
        }

        List<ReminderId> seen = new ArrayList<>();
        Optional<ReminderId> after = Optional.empty();
        List<Reminder> page;
        do {
            page = reminders.ofOwner(owner, after, 3);
            page.forEach(reminder -> seen.add(reminder.id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == 3);

        assertThat(seen).containsExactlyElementsOf(added);
    }

    @Test
    void only_an_active_reminder_holds_its_number() {
        reminders.add(silent(owner, 4, ReminderStatus.DONE));
        reminders.add(silent(owner, 4, ReminderStatus.CANCELLED));
        assertThat(reminders.activeWithNumber(owner, new ItemNumber(4))).isEmpty();

        Reminder snoozed = scheduled(owner, 4, AT).with(ReminderStatus.SNOOZED, Optional.of(AT),
                Optional.of(AT.plusSeconds(600)), Optional.of(Firing.at(AT.plusSeconds(600), 0)));
        reminders.add(snoozed);
        Reminder scheduled = scheduled(owner, 5, AT);
        reminders.add(scheduled);
        reminders.add(scheduled(other, 6, AT));

        assertThat(reminders.activeWithNumber(owner, new ItemNumber(4))).contains(snoozed);
        assertThat(reminders.activeWithNumber(owner, new ItemNumber(5))).contains(scheduled);
        assertThat(reminders.activeWithNumber(owner, new ItemNumber(6))).isEmpty();
    }

    @Test
    void the_active_reminders_of_a_task_are_those_linked_to_it_that_still_fire() {
        Task task = task(owner, 1);
        Task another = task(owner, 2);
        Reminder first = ofTask(scheduled(owner, 1, AT), task);
        Reminder second = ofTask(withoutFiring(owner, 2), task);
        reminders.add(first);
        reminders.add(second);
        reminders.add(ofTask(silent(owner, 3, ReminderStatus.DONE), task));
        reminders.add(ofTask(scheduled(owner, 4, AT), another));
        reminders.add(scheduled(owner, 5, AT));

        assertThat(reminders.activeOfTask(owner, task.id())).containsExactlyInAnyOrder(first, second);
        assertThat(reminders.activeOfTask(owner, new TaskId(ids.next()))).isEmpty();
    }

    @Test
    void the_active_reminders_due_before_an_instant_come_soonest_first() {
        Reminder later = scheduled(owner, 1, AT.plusSeconds(120));
        Reminder soonest = scheduled(owner, 2, AT);
        Reminder retried = scheduled(owner, 3, AT.minusSeconds(600)).withFiring(Optional.of(
                Firing.at(AT.minusSeconds(600), 0).failedUntil(AT.plusSeconds(60))));
        Reminder atTheBound = scheduled(owner, 4, AT.plusSeconds(300));
        List.of(later, soonest, retried, atTheBound, withoutFiring(owner, 5), silent(owner, 6, ReminderStatus.DONE),
                scheduled(other, 1, AT)).forEach(reminders::add);

        Instant before = AT.plusSeconds(300);
        assertThat(reminders.activeDueBefore(owner, before, 10)).containsExactly(soonest, retried, later);
        assertThat(reminders.activeDueBefore(owner, before, 2)).containsExactly(soonest, retried);
    }

    @Test
    void the_reminders_due_for_delivery_of_anyone_come_by_attempt_time_without_those_not_yet_due() {
        Instant now = AT.plusSeconds(600);
        Reminder second = scheduled(owner, 1, AT.plusSeconds(300));
        Reminder first = scheduled(other, 1, AT);
        Reminder third = scheduled(owner, 2, AT.minusSeconds(3600)).withFiring(Optional.of(
                Firing.at(AT.minusSeconds(3600), 1).deferredTo(AT.plusSeconds(400))));
        Reminder exactlyNow = scheduled(other, 2, now);
        Reminder notYet = scheduled(owner, 3, now.plusNanos(1_000));
        List.of(second, first, third, exactlyNow, notYet, withoutFiring(owner, 4),
                silent(owner, 5, ReminderStatus.DONE), silent(other, 5, ReminderStatus.CANCELLED))
                .forEach(reminders::add);

        assertThat(transactions.inTransaction(() -> reminders.dueForDelivery(now, 10)))
                .containsExactly(first, second, third, exactlyNow);
        assertThat(transactions.inTransaction(() -> reminders.dueForDelivery(now, 2))).containsExactly(first, second);
    }

    @Test
    void a_reminder_taken_for_delivery_is_skipped_by_another_transaction_until_the_first_ends() {
        assumeThat(transactionsRunAtOnce()).as("two transactions of this store are never open at once").isTrue();
        List<Reminder> due = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            due.add(scheduled(i % 2 == 0 ? owner : other, i, AT.plusSeconds(i)));
        }
        due.forEach(reminders::add);
        Instant now = AT.plusSeconds(60);

        List<List<ReminderId>> seenByTheOther = new ArrayList<>();
        List<ReminderId> taken = transactions.inTransaction(() -> {
            List<ReminderId> mine = idsOf(reminders.dueForDelivery(now, 2));
            seenByTheOther.add(inAnotherTransaction(() -> idsOf(reminders.dueForDelivery(now, 10))));
            return mine;
        });

        assertThat(taken).containsExactly(due.get(0).id(), due.get(1).id());
        assertThat(seenByTheOther).containsExactly(List.of(due.get(2).id(), due.get(3).id()));
        assertThat(transactions.inTransaction(() -> idsOf(reminders.dueForDelivery(now, 10))))
                .containsExactlyElementsOf(idsOf(due));
    }

    private <T> T inAnotherTransaction(Supplier<T> work) {
        try {
            return otherThread.submit(() -> transactions.inTransaction(work)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the other transaction did not answer", e);
        }
    }

    @Test
    void an_update_replaces_every_field_of_the_owner_s_reminder() {
        Task task = task(owner, 1);
        Reminder reminder = scheduled(owner, 1, AT);
        reminders.add(reminder);

        Reminder changed = ofTask(reminder.rescheduled(new ReminderText("Autre chose"),
                new Schedule.Repeating("FREQ=DAILY", LocalDateTime.of(2026, 12, 2, 7, 45)), ZoneId.of("Asia/Tokyo"))
                .renumbered(new ItemNumber(9))
                .with(ReminderStatus.SNOOZED, Optional.of(AT.plus(Duration.ofDays(1))),
                        Optional.of(AT.plus(Duration.ofDays(1)).plusSeconds(600)),
                        Optional.of(new Firing(AT.plusSeconds(900), 1, AT.plusSeconds(960), 2))), task);
        reminders.update(changed);
        assertThat(reminders.withId(owner, reminder.id())).contains(changed);

        Reminder done = changed.with(ReminderStatus.DONE, Optional.empty(), Optional.empty(), Optional.empty());
        reminders.update(done);
        assertThat(reminders.withId(owner, reminder.id())).contains(done);
        assertThat(reminders.activeWithNumber(owner, new ItemNumber(9))).isEmpty();
    }

    @Test
    void a_removed_reminder_is_gone_and_the_others_stay() {
        Reminder removed = scheduled(owner, 1, AT);
        Reminder kept = scheduled(owner, 2, AT);
        reminders.add(removed);
        reminders.add(kept);

        assertThat(reminders.remove(owner, removed.id())).isTrue();
        assertThat(reminders.remove(owner, removed.id())).isFalse();

        assertThat(reminders.withId(owner, removed.id())).isEmpty();
        assertThat(reminders.ofOwner(owner, Optional.empty(), 10)).containsExactly(kept);
    }
}
