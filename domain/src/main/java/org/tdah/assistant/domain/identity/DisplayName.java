package org.tdah.assistant.domain.identity;

import java.text.Normalizer;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** How the assistant addresses a person: 1 to 100 characters, trimmed, without control characters. */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 100;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("displayName", "is required");
        }
        if (!value.equals(value.strip())) {
            throw InvalidInputException.of("displayName", "has no leading or trailing spaces");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw InvalidInputException.of("displayName", "is at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("displayName", "contains no control characters");
        }
    }

    public static DisplayName parse(String raw) {
        if (raw == null) {
            throw InvalidInputException.of("displayName", "is required");
        }
        return new DisplayName(Normalizer.normalize(raw.strip(), Normalizer.Form.NFC));
    }

    @Override
    public String toString() {
        return value;
    }
}
