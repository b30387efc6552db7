package org.tdah.assistant.domain.assistant;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a reminder comes, in local date-times of its zone: once, or on an RFC 5545 RRULE from a
 * first local date-time. Local, not UTC, so that "every day at 8:00" stays at 8:00 across
 * daylight-saving changes; {@link LocalTimes} turns each local date-time into its instant.
 */
public sealed interface Schedule {

    /** The first local date-time. */
    LocalDateTime start();

    record Once(LocalDateTime start) implements Schedule {
        public Once {
            Objects.requireNonNull(start, "start");
        }
    }

    /** A series; {@code rule} is an RRULE without the "RRULE:" prefix ("FREQ=DAILY"). */
    record Repeating(String rule, LocalDateTime start) implements Schedule {
        public Repeating {
            Objects.requireNonNull(start, "start");
            if (rule == null || !(";" + rule).contains(";FREQ=")) {
                throw new IllegalArgumentException("an RRULE has a FREQ part");
            }
        }
    }
}
