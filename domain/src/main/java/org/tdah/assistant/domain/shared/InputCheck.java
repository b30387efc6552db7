package org.tdah.assistant.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects every field error of a command before failing, so that a client learns about all of
 * its mistakes in one answer instead of one per round trip.
 */
public final class InputCheck {
    private final List<FieldError> errors = new ArrayList<>();

    /** Parses a required field; a missing value or a parse failure is recorded against the field. */
    public <T> T require(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return parser.apply(value);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
            return null;
        }
    }

    /**
     * Parses an optional field: absent (null) is empty; any value given, blank too, goes to the parser,
     * whose failure is recorded against the field.
     */
    public <T> Optional<T> optional(String field, String value, Function<String, T> parser) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
            return Optional.empty();
        }
    }

    /** A required field whose content is not checked here (a password is judged by its policy). */
    public String requirePresent(String field, String value) {
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
        }
        return value;
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
