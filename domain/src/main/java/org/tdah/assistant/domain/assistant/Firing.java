package org.tdah.assistant.domain.assistant;

import java.time.Instant;
import java.util.Objects;

/**
 * The next delivery of a reminder: its planned instant {@code at} (which, with the reminder, keys
 * the delivery, so that a retry or a second instance never sends it twice), its {@code round}
 * (0 for the occurrence or the end of a snooze, 1 and up for the nags after it), when it is tried
 * next ({@code attemptAt}: {@code at}, or later after a failure or during quiet hours), and how
 * many attempts failed.
 */
public record Firing(Instant at, int round, Instant attemptAt, int failures) {
    public Firing {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(attemptAt, "attemptAt");
        if (round < 0 || failures < 0) {
            throw new IllegalArgumentException("rounds and failures are counted from 0");
        }
    }

    public static Firing at(Instant at, int round) {
        return new Firing(at, round, at, 0);
    }

    public Firing deferredTo(Instant later) {
        return new Firing(at, round, later, failures);
    }

    public Firing failedUntil(Instant retryAt) {
        return new Firing(at, round, retryAt, failures + 1);
    }
}
