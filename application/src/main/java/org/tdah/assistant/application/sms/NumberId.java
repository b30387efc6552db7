package org.tdah.assistant.application.sms;

import java.util.Objects;

/** The opaque id of a number we assigned to a person. */
public record NumberId(String value) {
    public NumberId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a number id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
