package org.tdah.assistant.application.assistant.reminders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The schedule a client asks for, checked: a time is required, a one-off is in the future, and a
 * rule is one the recurrence port reads, repeating at most daily (a local hour that does not exist
 * or exists twice would make an hourly series ambiguous).
 */
final class ScheduleChecks {
    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");

    private final RecurrenceRules rules;

    ScheduleChecks(RecurrenceRules rules) {
        this.rules = rules;
    }

    Schedule schedule(Instant dueAt, Optional<String> recurrence, ZoneId zone, Instant now) {
        if (recurrence.isEmpty()) {
            if (!dueAt.isAfter(now)) {
                throw InvalidInputException.of("dueAt", "is in the future");
            }
            return new Schedule.Once(dueAt.atZone(zone).toLocalDateTime());
        }
        String rule = recurrence.get().strip();
        String frequency = Arrays.stream(rule.split(";")).filter(part -> part.startsWith("FREQ="))
                .map(part -> part.substring(5)).findFirst().orElse("");
        if (!FREQUENCIES.contains(frequency)) {
            throw InvalidInputException.of("recurrence", "is an RRULE with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        Optional<String> problem = rules.problemWith(rule);
        if (problem.isPresent()) {
            throw InvalidInputException.of("recurrence", problem.get());
        }
        return new Schedule.Repeating(rule, dueAt.atZone(zone).toLocalDateTime());
    }
}
