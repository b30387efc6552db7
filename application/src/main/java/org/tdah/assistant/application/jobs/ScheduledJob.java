package org.tdah.assistant.application.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * One task of the scheduler as it stands: when it runs next, whether an instance runs it now, and
 * how its last runs went. {@code lastSuccessAt} and {@code lastFailureAt} are null before the first.
 */
public record ScheduledJob(String name, Instant nextRunAt, boolean running, Instant lastSuccessAt,
        Instant lastFailureAt, int consecutiveFailures) {

    /** Running now, failing (its last runs threw, it waits for a retry) or scheduled. */
    public enum State { SCHEDULED, RUNNING, FAILING }

    public ScheduledJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nextRunAt, "nextRunAt");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutive failures cannot be negative");
        }
    }

    public State state() {
        if (running) {
            return State.RUNNING;
        }
        return consecutiveFailures > 0 ? State.FAILING : State.SCHEDULED;
    }
}
