package org.tdah.assistant.domain.assistant;

import java.util.Objects;

/** The opaque identity of a reminder (time-ordered, so reminders sort by creation). */
public record ReminderId(String value) {
    public ReminderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a reminder id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
