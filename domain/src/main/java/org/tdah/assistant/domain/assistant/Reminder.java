package org.tdah.assistant.domain.assistant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * A reminder of a person, in their zone. {@code occurrence} is where its series stands: the
 * occurrence ahead, or the last one fired (which "done" and "snooze" answer) until the next fires.
 * {@code firing} is the next delivery (empty when nothing more is sent). A snooze moves one
 * occurrence ({@code snoozedUntil}), never the series. {@link #dueAt()} is what a person sees.
 */
public record Reminder(ReminderId id, AccountId owner, ItemNumber number, ReminderText text, Schedule schedule,
        ZoneId zone, ReminderStatus status, Optional<Instant> occurrence, Optional<Instant> snoozedUntil,
        Optional<Firing> firing, Optional<TaskId> task, Instant createdAt) {

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
        Objects.requireNonNull(firing, "firing");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!status.active() && firing.isPresent()) {
            throw new IllegalArgumentException("a done or cancelled reminder fires no more");
        }
        if ((status == ReminderStatus.SNOOZED) != snoozedUntil.isPresent()) {
            throw new IllegalArgumentException("a reminder has a snooze end exactly when it is snoozed");
        }
    }

    /**
     * The next time it comes: the end of its snooze, the occurrence its next delivery is for (a
     * series' next one, once the last has fired), or the occurrence it stands at.
     */
    public Optional<Instant> dueAt() {
        if (snoozedUntil.isPresent()) {
            return snoozedUntil;
        }
        return firing.filter(next -> next.round() == 0).map(Firing::at).or(() -> occurrence);
    }

    public boolean recurring() {
        return schedule instanceof Schedule.Repeating;
    }

    public Optional<String> rule() {
        return schedule instanceof Schedule.Repeating repeating ? Optional.of(repeating.rule()) : Optional.empty();
    }

    public Reminder with(ReminderStatus newStatus, Optional<Instant> newOccurrence, Optional<Instant> newSnoozedUntil,
            Optional<Firing> newFiring) {
        return new Reminder(id, owner, number, text, schedule, zone, newStatus, newOccurrence, newSnoozedUntil,
                newFiring, task, createdAt);
    }

    public Reminder withFiring(Optional<Firing> newFiring) {
        return with(status, occurrence, snoozedUntil, newFiring);
    }

    public Reminder rescheduled(ReminderText newText, Schedule newSchedule, ZoneId newZone) {
        return new Reminder(id, owner, number, newText, newSchedule, newZone, status, occurrence, snoozedUntil, firing,
                task, createdAt);
    }

    public Reminder renumbered(ItemNumber newNumber) {
        return new Reminder(id, owner, newNumber, text, schedule, zone, status, occurrence, snoozedUntil, firing, task,
                createdAt);
    }
}
