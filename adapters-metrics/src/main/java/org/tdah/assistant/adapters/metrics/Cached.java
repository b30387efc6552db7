package org.tdah.assistant.adapters.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A reading taken at most once per {@code maxAge}: scrapes in between get the last one, so that a
 * scrape every few seconds does not query PostgreSQL, scan Redis or call Twilio each time. A reading
 * that throws is not kept (the next scrape tries again) and the scrape goes on without it.
 */
final class Cached<T> {
    private final Supplier<T> reading;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant takenAt;

    Cached(Supplier<T> reading, Duration maxAge, Clock clock) {
        this.reading = reading;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The last reading if it is young enough, else a new one; null when the reading failed. */
    synchronized T get() {
        Instant now = clock.instant();
        if (takenAt == null || !now.isBefore(takenAt.plus(maxAge))) {
            try {
                value = reading.get();
                takenAt = now;
            } catch (RuntimeException failed) {
                return null;
            }
        }
        return value;
    }
}
