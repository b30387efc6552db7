package org.tdah.assistant.application.assistant.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.assistant.support.ReminderPlans;
import org.tdah.assistant.application.assistant.support.ScheduleChecks;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Schedules a reminder for its owner: once at {@code dueAt}, or on an RRULE whose first occurrence
 * is {@code dueAt}, read in the owner's zone unless another is given, optionally about one of the
 * owner's tasks. Bad input is refused field by field (422) and stores nothing.
 */
public final class CreateReminder {

    public record Command(ReminderText text, Optional<Instant> dueAt, Optional<String> recurrence,
            Optional<Timezone> timezone, Optional<TaskId> task) {
        public Command {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(recurrence, "recurrence");
            Objects.requireNonNull(timezone, "timezone");
            Objects.requireNonNull(task, "task");
        }
    }

    private final Accounts accounts;
    private final Tasks tasks;
    private final Reminders reminders;
    private final ItemNumbers numbers;
    private final ReminderPlans plans;
    private final ScheduleChecks checks;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public CreateReminder(Accounts accounts, Tasks tasks, Reminders reminders, ItemNumbers numbers,
            ReminderPlans plans, RecurrenceRules rules, Transactions transactions, Ids ids, Clock clock) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.reminders = reminders;
        this.numbers = numbers;
        this.plans = plans;
        this.checks = new ScheduleChecks(rules);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public Reminder create(AccountId owner, Command command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant dueAt = command.dueAt().orElseThrow(() -> InvalidInputException.of("dueAt", "is required"));
        ZoneId zone = command.timezone().map(Timezone::zone).orElseGet(() -> accounts.withId(owner)
                .map(Account::timezone).orElse(Timezone.UTC).zone());
        Schedule schedule = checks.schedule(dueAt, command.recurrence(), zone, now);
        return transactions.inTransaction(() -> {
            if (command.task().isPresent() && tasks.withId(owner, command.task().get()).isEmpty()) {
                throw InvalidInputException.of("taskId", "names none of your tasks");
            }
            Reminder reminder = plans.planned(new Reminder(new ReminderId(ids.next()), owner, numbers.nextFree(owner),
                    command.text(), schedule, zone, ReminderStatus.SCHEDULED, Optional.empty(), Optional.empty(),
                    Optional.empty(), command.task(), now), now);
            if (reminder.dueAt().isEmpty()) {
                throw InvalidInputException.of("recurrence", "has no occurrence from now on");
            }
            reminders.add(reminder);
            return reminder;
        });
    }
}
