package org.tdah.assistant.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule every text a person writes (a message, a title, a task) keeps: valid Unicode (no lone
 * surrogate, no NUL, which PostgreSQL cannot store), 1 to {@code max} characters counted as code
 * points, and at least one character that is not a control, format or white-space character.
 */
public final class VisibleText {
    private VisibleText() {}

    public static String checked(String field, String value, int max) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            errors.add(new FieldError(field, "must not be empty"));
        } else if (length > max) {
            errors.add(new FieldError(field, "is at most " + max + " characters"));
        }
        if (value.codePoints().anyMatch(point -> point == 0 || Character.getType(point) == Character.SURROGATE)) {
            errors.add(new FieldError(field, "must be valid Unicode text without NUL characters"));
        } else if (length > 0 && value.codePoints().allMatch(VisibleText::invisible)) {
            errors.add(new FieldError(field, "must contain a visible character"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }

    private static boolean invisible(int point) {
        int type = Character.getType(point);
        return Character.isISOControl(point) || Character.isWhitespace(point) || Character.isSpaceChar(point)
                || type == Character.FORMAT;
    }

    /** The text cut to at most {@code max} code points, ending with "…" when it was cut. */
    public static String shortened(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
    }
}
