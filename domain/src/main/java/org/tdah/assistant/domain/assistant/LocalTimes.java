package org.tdah.assistant.domain.assistant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The instant of a local date-time in a zone, as a person means it: a time that does not exist
 * that day (the spring gap) moves forward by the length of the gap (02:30 becomes 03:30), and a
 * time that exists twice (the autumn overlap) is the first of the two, so it fires once.
 */
public final class LocalTimes {
    private LocalTimes() {}

    public static Instant instantOf(LocalDateTime local, ZoneId zone) {
        ZonedDateTime resolved = ZonedDateTime.ofLocal(local, zone, null);
        return resolved.withEarlierOffsetAtOverlap().toInstant();
    }
}
