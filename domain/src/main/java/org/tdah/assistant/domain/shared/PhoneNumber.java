package org.tdah.assistant.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: a plus sign, a country code and at most 15 digits in all, with no
 * spaces or punctuation ({@code +33612345678}). Input with spaces, dots, dashes or parentheses is
 * accepted and cleaned; anything else is refused.
 */
public record PhoneNumber(String value) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw InvalidInputException.of("phone", "is not a phone number in international form, like +33612345678");
        }
    }

    public static PhoneNumber parse(String raw) {
        if (raw == null) {
            throw InvalidInputException.of("phone", "is required");
        }
        return new PhoneNumber(SEPARATORS.matcher(raw.strip()).replaceAll(""));
    }

    /** The last digits only, for messages and lists that must not show the whole number. */
    public String masked() {
        return "•••" + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
