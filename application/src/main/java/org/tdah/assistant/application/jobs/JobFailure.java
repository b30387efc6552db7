package org.tdah.assistant.application.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * A failure of background work: which job or queue ({@code source}), when, and the error message,
 * never the content of the work (no email body, recipient or phone number).
 */
public record JobFailure(String source, Instant at, String error) {
    public JobFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
    }
}
