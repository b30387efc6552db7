package org.tdah.assistant.application.jobs;

import java.util.Objects;

/**
 * Where a queue of background work stands: items due now, items waiting for a retry after a
 * failure, and dead letters (given up on, kept for a look).
 */
public record QueueCounts(String name, long due, long retrying, long deadLetters) {
    public QueueCounts {
        Objects.requireNonNull(name, "name");
        if (due < 0 || retrying < 0 || deadLetters < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
