package org.tdah.assistant.domain.shared;

import java.util.List;

/**
 * Input that does not have the shape a command needs (a missing field, an address that is not an
 * email address). Thrown by the compact constructors of commands and value objects; adapters turn
 * it into a 422 with one entry per field. Business rejections are results, not this exception.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
