package org.tdah.assistant.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Attempts counted in a fixed window (failed logins, registrations from one address...): how
 * many, when the last one was, and how long until the window resets.
 */
public record AttemptWindow(int count, Instant lastAt, Duration untilReset) {
    public static final AttemptWindow NONE = new AttemptWindow(0, Instant.EPOCH, Duration.ZERO);

    public AttemptWindow {
        Objects.requireNonNull(lastAt, "lastAt");
        Objects.requireNonNull(untilReset, "untilReset");
    }
}
