package org.tdah.assistant.domain.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * An email address in its canonical form: trimmed, Unicode NFC, lower case. Two spellings that
 * differ only in case or surrounding spaces are the same address, so one person cannot hold two
 * accounts by changing the case of their address.
 */
public record EmailAddress(String value) {
    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || !value.equals(canonical(value)) || !isWellFormed(value)) {
            throw InvalidInputException.of("email", "is not a valid email address");
        }
    }

    public static EmailAddress parse(String raw) {
        if (raw == null) {
            throw InvalidInputException.of("email", "is required");
        }
        return new EmailAddress(canonical(raw));
    }

    /** The part before the {@code @}, which a password must not contain. */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    private static String canonical(String raw) {
        return Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String value) {
        return value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
