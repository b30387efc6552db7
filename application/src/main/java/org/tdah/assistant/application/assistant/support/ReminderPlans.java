package org.tdah.assistant.application.assistant.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.LocalTimes;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.SnoozeLength;
import org.tdah.assistant.domain.identity.Preferences;

/**
 * How a reminder moves: its occurrences (expanded in local time, then placed in its zone by
 * {@link LocalTimes}, so a daily 08:00 stays 08:00 across daylight-saving changes), what it does
 * after a delivery (nag every few minutes up to the person's limit, then the next occurrence), and
 * what done, snooze and cancel do. Snoozing one occurrence of a series never moves the series.
 */
public final class ReminderPlans {
    /** How far back a local expansion starts, so that an occurrence in a repeated hour is not skipped. */
    private static final Duration LOCAL_SLACK = Duration.ofHours(3);
    private static final int LOOKAHEAD = 8;

    private final RecurrenceRules rules;

    public ReminderPlans(RecurrenceRules rules) {
        this.rules = rules;
    }

    /** The first occurrence at or after {@code now}; empty when the series has none left. */
    public Optional<Instant> firstFrom(Schedule schedule, ZoneId zone, Instant now) {
        Instant start = LocalTimes.instantOf(schedule.start(), zone);
        if (!start.isBefore(now)) {
            return Optional.of(start);
        }
        return after(schedule, zone, now.minusNanos(1));
    }

    /** The first occurrence strictly after {@code instant}, or empty (a one-off has no other). */
    public Optional<Instant> after(Schedule schedule, ZoneId zone, Instant instant) {
        if (!(schedule instanceof Schedule.Repeating repeating)) {
            return Optional.empty();
        }
        LocalDateTime from = instant.atZone(zone).toLocalDateTime().minus(LOCAL_SLACK);
        while (true) {
            List<LocalDateTime> next = rules.occurrencesAfter(repeating.rule(), repeating.start(), from, LOOKAHEAD);
            for (LocalDateTime local : next) {
                Instant candidate = LocalTimes.instantOf(local, zone);
                if (candidate.isAfter(instant)) {
                    return Optional.of(candidate);
                }
            }
            if (next.size() < LOOKAHEAD) {
                return Optional.empty();
            }
            from = next.get(next.size() - 1);
        }
    }

    /** Up to {@code count} occurrences at or after {@code from}. */
    public List<Instant> occurrences(Schedule schedule, ZoneId zone, Instant from, int count) {
        List<Instant> found = new ArrayList<>();
        Optional<Instant> next = firstFrom(schedule, zone, from);
        while (next.isPresent() && found.size() < count) {
            found.add(next.get());
            next = after(schedule, zone, next.get());
        }
        return List.copyOf(found);
    }

    /** A new reminder's state: scheduled for its first occurrence from now. */
    public Reminder planned(Reminder reminder, Instant now) {
        Optional<Instant> first = firstFrom(reminder.schedule(), reminder.zone(), now);
        return reminder.with(ReminderStatus.SCHEDULED, first, Optional.empty(), first.map(at -> Firing.at(at, 0)));
    }

    /**
     * After the delivery of {@code firing} at {@code now}: the next nag while the person has not
     * answered and nags are left (never past the next occurrence of a series), or else the next
     * occurrence of a series; a one-off then waits for an answer without firing again. The
     * occurrence delivered stays the reminder's own until the next one fires, so that "done" or
     * "snooze" after the last nag still answer it.
     */
    public Reminder delivered(Reminder reminder, Firing firing, Instant now, Preferences preferences) {
        boolean endOfSnooze = reminder.status() == ReminderStatus.SNOOZED;
        Instant current = firing.round() == 0 && !endOfSnooze ? firing.at() : reminder.occurrence().orElse(firing.at());
        Optional<Instant> nextOccurrence = after(reminder.schedule(), reminder.zone(), later(current, now.minusNanos(1)));
        if (firing.round() < preferences.maxNags()) {
            Instant nag = now.plus(Duration.ofMinutes(preferences.nagIntervalMinutes()));
            if (nextOccurrence.isEmpty() || nag.isBefore(nextOccurrence.get())) {
                return reminder.with(ReminderStatus.SCHEDULED, Optional.of(current), Optional.empty(),
                        Optional.of(Firing.at(nag, firing.round() + 1)));
            }
        }
        return reminder.with(ReminderStatus.SCHEDULED, Optional.of(current), Optional.empty(),
                nextOccurrence.map(next -> Firing.at(next, 0)));
    }

    /** Done: a one-off is finished; a series moves to its next occurrence. */
    public Reminder done(Reminder reminder, Instant now) {
        if (!reminder.recurring()) {
            return reminder.with(ReminderStatus.DONE, reminder.occurrence(), Optional.empty(), Optional.empty());
        }
        Optional<Instant> next = reminder.occurrence()
                .flatMap(current -> after(reminder.schedule(), reminder.zone(), later(current, now.minusNanos(1))));
        if (next.isEmpty()) {
            return reminder.with(ReminderStatus.DONE, reminder.occurrence(), Optional.empty(), Optional.empty());
        }
        return nextOrWaiting(reminder, next);
    }

    /** Snoozed from {@code now}: this occurrence comes back later; a series keeps its rule. */
    public Reminder snoozed(Reminder reminder, SnoozeLength length, Instant now) {
        ZonedDateTime localNow = now.atZone(reminder.zone());
        Instant until = length.after(localNow).toInstant();
        Optional<Instant> occurrence = reminder.recurring() ? reminder.occurrence() : Optional.of(until);
        return reminder.with(ReminderStatus.SNOOZED, occurrence, Optional.of(until), Optional.of(Firing.at(until, 0)));
    }

    public Reminder cancelled(Reminder reminder) {
        return reminder.with(ReminderStatus.CANCELLED, reminder.occurrence(), Optional.empty(), Optional.empty());
    }

    private Reminder nextOrWaiting(Reminder reminder, Optional<Instant> nextOccurrence) {
        if (nextOccurrence.isPresent()) {
            return reminder.with(ReminderStatus.SCHEDULED, nextOccurrence, Optional.empty(),
                    Optional.of(Firing.at(nextOccurrence.get(), 0)));
        }
        return reminder.with(ReminderStatus.SCHEDULED, reminder.occurrence(), Optional.empty(), Optional.empty());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
