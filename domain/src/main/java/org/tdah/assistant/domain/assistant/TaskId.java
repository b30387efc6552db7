package org.tdah.assistant.domain.assistant;

import java.util.Objects;

/** The opaque identity of a task (time-ordered, so tasks sort by creation). */
public record TaskId(String value) {
    public TaskId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a task id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
