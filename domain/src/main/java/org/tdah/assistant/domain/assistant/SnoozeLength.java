package org.tdah.assistant.domain.assistant;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How long a snooze lasts: a duration ("snooze 10", the presets 10 minutes and 1 hour), tomorrow at
 * the same local time (the "tomorrow" preset), or until a resolved time ("snooze until 5pm").
 */
public sealed interface SnoozeLength {
    SnoozeLength TEN_MINUTES = new For(Duration.ofMinutes(10));
    SnoozeLength ONE_HOUR = new For(Duration.ofHours(1));
    SnoozeLength TOMORROW = new Tomorrow();

    /** When a reminder snoozed at {@code from} comes back. */
    ZonedDateTime after(ZonedDateTime from);

    record For(Duration duration) implements SnoozeLength {
        public For {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a snooze lasts some time");
            }
        }

        @Override
        public ZonedDateTime after(ZonedDateTime from) {
            return from.plus(duration);
        }
    }

    /** The same local time on the next day (a time that does not exist that day moves forward). */
    record Tomorrow() implements SnoozeLength {
        @Override
        public ZonedDateTime after(ZonedDateTime from) {
            return ZonedDateTime.ofLocal(from.toLocalDateTime().plusDays(1), from.getZone(), null);
        }
    }

    record Until(ZonedDateTime at) implements SnoozeLength {
        public Until {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public ZonedDateTime after(ZonedDateTime from) {
            return at;
        }
    }
}
