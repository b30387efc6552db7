package org.tdah.assistant.application.assistant.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.support.ItemKeeping;
import org.tdah.assistant.application.assistant.support.ReminderPlans;
import org.tdah.assistant.application.assistant.support.ScheduleChecks;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.LocalTimes;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.SnoozeLength;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Changes a reminder of the caller: its text, its time, rule or zone (it is planned again from
 * now), or where it stands: {@code done} (the nags stop; a series moves to its next occurrence),
 * {@code cancelled}, {@code scheduled} (active again), or snoozed until an instant (one occurrence
 * moves; the series keeps its rule). Answers {@link ReminderLookup.NotFound} for anyone else's.
 */
public final class ChangeReminder {

    /**
     * What to change; an empty field stays as it is. {@code recurrence} present and empty removes
     * the rule (the reminder comes once).
     */
    public record Command(Optional<ReminderText> text, Optional<Instant> dueAt, Optional<Optional<String>> recurrence,
            Optional<Timezone> timezone, Optional<ReminderStatus> status, Optional<Instant> snoozedUntil) {
        public Command {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(recurrence, "recurrence");
            Objects.requireNonNull(timezone, "timezone");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(snoozedUntil, "snoozedUntil");
            if (status.isPresent() && snoozedUntil.isPresent()) {
                throw InvalidInputException.of("snoozedUntil", "cannot be given with a status");
            }
            if (status.filter(ReminderStatus.SNOOZED::equals).isPresent()) {
                throw InvalidInputException.of("status", "is snoozed through snoozedUntil");
            }
        }
    }

    private final Reminders reminders;
    private final ReminderPlans plans;
    private final ScheduleChecks checks;
    private final ItemKeeping keeping;
    private final AssistantEvents events;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeReminder(Reminders reminders, ReminderPlans plans, RecurrenceRules rules, ItemKeeping keeping,
            AssistantEvents events, Transactions transactions, Clock clock) {
        this.reminders = reminders;
        this.plans = plans;
        this.checks = new ScheduleChecks(rules);
        this.keeping = keeping;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReminderLookup change(AccountId owner, ReminderId id, Command command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (command.snoozedUntil().filter(until -> !until.isAfter(now)).isPresent()) {
            throw InvalidInputException.of("snoozedUntil", "is in the future");
        }
        Changed changed = transactions.inTransaction(() -> reminders.withId(owner, id)
                .map(reminder -> changed(reminder, command, now)).orElse(null));
        if (changed == null) {
            return new ReminderLookup.NotFound();
        }
        changed.tasks().forEach(events::taskChanged);
        return new ReminderLookup.Found(changed.reminder());
    }

    private record Changed(Reminder reminder, List<Task> tasks) {}

    private Changed changed(Reminder reminder, Command command, Instant now) {
        Reminder current = reminder;
        if (command.text().isPresent() || command.dueAt().isPresent() || command.recurrence().isPresent()
                || command.timezone().isPresent()) {
            ZoneId zone = command.timezone().map(Timezone::zone).orElse(reminder.zone());
            Instant dueAt = command.dueAt().orElseGet(() -> LocalTimes.instantOf(reminder.schedule().start(), zone));
            Optional<String> rule = command.recurrence().orElse(reminder.rule());
            Schedule schedule = command.dueAt().isPresent() || command.recurrence().isPresent()
                    || command.timezone().isPresent()
                    ? checks.schedule(dueAt, rule, zone, now) : reminder.schedule();
            current = current.rescheduled(command.text().orElse(reminder.text()), schedule, zone);
            if (schedule != reminder.schedule() && current.status().active()) {
                current = plans.planned(current, now);
            }
        }
        reminders.update(current);
        if (command.snoozedUntil().isPresent()) {
            requireActive(current);
            current = plans.snoozed(current, new SnoozeLength.Until(command.snoozedUntil().get().atZone(current.zone())),
                    now);
            reminders.update(current);
        }
        if (command.status().isEmpty() || command.status().get() == current.status()) {
            return new Changed(current, List.of());
        }
        return switch (command.status().get()) {
            case DONE -> {
                requireActive(current);
                ItemKeeping.Completion completion = keeping.completeReminder(current, now);
                yield new Changed(completion.reminder(), completion.tasks());
            }
            case CANCELLED -> {
                Reminder cancelled = plans.cancelled(current);
                reminders.update(cancelled);
                yield new Changed(cancelled, List.of());
            }
            case SCHEDULED -> new Changed(current.status() == ReminderStatus.SNOOZED
                    ? unsnoozed(current, now) : keeping.restoreReminder(current, now), List.of());
            case SNOOZED -> throw new IllegalStateException("refused by the command");
        };
    }

    private Reminder unsnoozed(Reminder reminder, Instant now) {
        Reminder back = plans.planned(reminder.with(ReminderStatus.SCHEDULED, reminder.occurrence(), Optional.empty(),
                Optional.empty()), now);
        reminders.update(back);
        return back;
    }

    private static void requireActive(Reminder reminder) {
        if (!reminder.status().active()) {
            throw InvalidInputException.of("status", "is " + reminder.status().wireName() + ": it fires no more");
        }
    }
}
