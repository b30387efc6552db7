package org.tdah.assistant.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.domain.shared.AttemptWindow;

/**
 * Fixed-window rate limits on top of {@link AttemptCounters}: at most {@code limit} attempts per
 * key and window. Where guessing is possible (registration, verification, password reset), every
 * attempt counts.
 */
public final class RateLimiter {
    private final AttemptCounters counters;
    private final Clock clock;

    public RateLimiter(AttemptCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** A limit: how many attempts per window, under which key prefix. */
    public record Limit(String name, int attempts, Duration window) {}

    /** Counts an attempt; empty when it is within the limit, else how long to wait. */
    public Optional<Duration> acquire(Limit limit, String key) {
        AttemptWindow window = counters.record("rate:" + limit.name() + ":" + key, limit.window(), clock.instant());
        if (window.count() <= limit.attempts()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (window.untilReset().toMillis() + 999) / 1000);
        return Optional.of(Duration.ofSeconds(seconds));
    }
}
