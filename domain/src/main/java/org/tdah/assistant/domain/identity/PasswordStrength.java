package org.tdah.assistant.domain.identity;

import java.util.Objects;

/**
 * How hard a password is to guess, on zxcvbn's scale: 0 (too guessable) to 4 (very unguessable),
 * with a short warning in words when it is weak.
 */
public record PasswordStrength(int score, String warning) {
    public static final int MINIMUM_ACCEPTED = 3;

    public PasswordStrength {
        if (score < 0 || score > 4) {
            throw new IllegalArgumentException("a strength score is between 0 and 4");
        }
        Objects.requireNonNull(warning, "warning");
    }

    public boolean isAcceptable() {
        return score >= MINIMUM_ACCEPTED;
    }
}
