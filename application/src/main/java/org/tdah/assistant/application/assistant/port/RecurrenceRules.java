package org.tdah.assistant.application.assistant.port;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * RFC 5545 recurrence rules, expanded in local date-times (the zone is applied afterwards, by the
 * core, so that a daily 08:00 stays at 08:00 across daylight-saving changes). A rule is written
 * without its "RRULE:" prefix ("FREQ=WEEKLY;BYDAY=MO,WE"). The start is the first occurrence of the
 * series, as in iCalendar's DTSTART.
 */
public interface RecurrenceRules {

    /** Why the rule cannot be read (a sentence for the person), or empty when it can. */
    Optional<String> problemWith(String rule);

    /**
     * Up to {@code count} occurrences of the series, in order, strictly after {@code after}; fewer
     * when the rule ends (COUNT, UNTIL). The rule must be one {@link #problemWith} accepts.
     */
    List<LocalDateTime> occurrencesAfter(String rule, LocalDateTime start, LocalDateTime after, int count);
}
