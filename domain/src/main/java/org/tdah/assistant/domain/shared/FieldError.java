package org.tdah.assistant.domain.shared;

import java.util.Objects;

/** One reason why a field of an input was refused, in words a person can act on. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
