package org.tdah.assistant.domain.shared;

/**
 * The name a client gives one creation so that sending it again (after a lost answer, from an
 * offline queue) does not create a second item: 1 to {@value #MAX_CHARACTERS} printable ASCII
 * characters (space to tilde), not blank, compared exactly. It travels in the {@code Idempotency-Key}
 * header, under which name a refused one is reported.
 */
public record IdempotencyKey(String value) {
    public static final int MAX_CHARACTERS = 200;
    public static final String FIELD = "Idempotency-Key";

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(FIELD, "must not be blank");
        }
        if (value.length() > MAX_CHARACTERS) {
            throw InvalidInputException.of(FIELD, "must be at most " + MAX_CHARACTERS + " characters");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw InvalidInputException.of(FIELD, "must be printable ASCII characters only");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
