package org.tdah.assistant.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a password must be, after OWASP ASVS V2: long enough to resist guessing, short enough to
 * hash, any character allowed (spaces and emoji included), no composition rules, and not built
 * from what an attacker already knows about the person, nor easy to guess as zxcvbn measures it
 * (score 3 or more).
 *
 * <p>Length counts Unicode code points, so an emoji counts as one character.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /**
     * Every reason why this password may not be chosen by this person; empty when it may. The
     * strength is measured only for a password of an acceptable length.
     */
    public static List<String> rejections(
            String password, EmailAddress email, DisplayName displayName, Supplier<PasswordStrength> strength) {
        List<String> reasons = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            reasons.add("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            reasons.add("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email.localPart().length() >= 3 && lower.contains(email.localPart().toLowerCase(Locale.ROOT))) {
            reasons.add("must not contain your email address");
        }
        String name = displayName.value().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            reasons.add("must not contain your name");
        }
        if (reasons.isEmpty()) {
            PasswordStrength measured = strength.get();
            if (!measured.isAcceptable()) {
                reasons.add(measured.warning().isBlank()
                        ? "is too easy to guess: add a few more uncommon words"
                        : "is too easy to guess: " + measured.warning());
            }
        }
        return reasons;
    }
}
