package org.tdah.assistant.application.assistant.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * What finishing, stopping or bringing back a task or a reminder does, the same whether the person
 * texts "done 3" or calls the API: a task done ends its reminders; a one-off reminder done ends its
 * task; an item brought back keeps its number when nobody took it meanwhile. Runs inside the
 * caller's transaction; the changed tasks are returned so that the caller tells the apps.
 */
public final class ItemKeeping {
    private final Tasks tasks;
    private final Reminders reminders;
    private final ItemNumbers numbers;
    private final ReminderPlans plans;

    public ItemKeeping(Tasks tasks, Reminders reminders, ItemNumbers numbers, ReminderPlans plans) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.numbers = numbers;
        this.plans = plans;
    }

    /** The open task or the active reminder holding this number. */
    public Optional<Numbered> withNumber(AccountId owner, ItemNumber number) {
        Optional<Numbered> task = tasks.openWithNumber(owner, number).map(Numbered.OfTask::new);
        return task.or(() -> reminders.activeWithNumber(owner, number).map(Numbered.OfReminder::new));
    }

    /** The item still open or active, by its id. */
    public Optional<Numbered> active(AccountId owner, Dialogue.Item item) {
        if (item instanceof Dialogue.Item.OfTask ofTask) {
            return tasks.withId(owner, ofTask.id()).filter(Task::isOpen).map(Numbered.OfTask::new);
        }
        return reminders.withId(owner, ((Dialogue.Item.OfReminder) item).id())
                .filter(reminder -> reminder.status().active()).map(Numbered.OfReminder::new);
    }

    /** Marks the task done, and the reminders still running for it. */
    public Task completeTask(Task task, Instant now) {
        Task done = task.done(now);
        tasks.update(done);
        for (Reminder reminder : reminders.activeOfTask(task.owner(), task.id())) {
            reminders.update(reminder.with(ReminderStatus.DONE, reminder.occurrence(), Optional.empty(),
                    Optional.empty()));
        }
        return done;
    }

    /** Answers the reminder: nags stop, a one-off ends (with its task), a series moves on. */
    public Completion completeReminder(Reminder reminder, Instant now) {
        Reminder done = plans.done(reminder, now);
        reminders.update(done);
        List<Task> changed = new ArrayList<>();
        if (done.status() == ReminderStatus.DONE && done.task().isPresent()) {
            tasks.withId(reminder.owner(), done.task().get()).filter(Task::isOpen)
                    .ifPresent(task -> changed.add(completeTask(task, now)));
        }
        return new Completion(done, changed);
    }

    /** The task open again, under its old number when it is still free. */
    public Task reopenTask(Task task) {
        Task reopened = task.reopened(numberFor(task.owner(), task.number()));
        tasks.update(reopened);
        return reopened;
    }

    /** The reminder active again, firing at its next occurrence when one is ahead. */
    public Reminder restoreReminder(Reminder reminder, Instant now) {
        Reminder back = plans.planned(reminder.renumbered(numberFor(reminder.owner(), reminder.number())), now);
        if (back.occurrence().isEmpty()) {
            back = back.with(ReminderStatus.SCHEDULED, reminder.occurrence(), Optional.empty(), Optional.empty());
        }
        reminders.update(back);
        return back;
    }

    private ItemNumber numberFor(AccountId owner, ItemNumber old) {
        return withNumber(owner, old).isEmpty() ? old : numbers.nextFree(owner);
    }

    /** A reminder answered, and the tasks that ended with it. */
    public record Completion(Reminder reminder, List<Task> tasks) {
        public Completion {
            tasks = List.copyOf(tasks);
        }
    }
}
