package org.tdah.assistant.application.assistant.support;

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
public final class ScheduleChecks {
    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");

    private final RecurrenceRules rules;

    public ScheduleChecks(RecurrenceRules rules) {
        this.rules = rules;
    }

    /** The schedule of a reminder due at {@code dueAt}, on the rule when one is given; refused field by field. */
    public Schedule schedule(Instant dueAt, Optional<String> recurrence, ZoneId zone, Instant now) {
        if (recurrence.isEmpty()) {
            if (!dueAt.isAfter(now)) {
                throw InvalidInputException.of("dueAt", "is in the future");
            }
            return new Schedule.Once(dueAt.atZone(zone).toLocalDateTime());
        }
        return new Schedule.Repeating(checkedRule(recurrence.get()), dueAt.atZone(zone).toLocalDateTime());
    }

    /** The rule, stripped, when the recurrence port reads it and it repeats at most daily. */
    public String checkedRule(String recurrence) {
        String rule = recurrence.strip();
        String frequency = Arrays.stream(rule.split(";")).filter(part -> part.startsWith("FREQ="))
                .map(part -> part.substring(5)).findFirst().orElse("");
        if (!FREQUENCIES.contains(frequency)) {
            throw InvalidInputException.of("recurrence", "is an RRULE with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        Optional<String> problem = rules.problemWith(rule);
        if (problem.isPresent()) {
            throw InvalidInputException.of("recurrence", problem.get());
        }
        return rule;
    }
}
