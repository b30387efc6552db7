package org.tdah.assistant.testkit.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tdah.assistant.application.identity.port.PasswordStrengthMeter;
import org.tdah.assistant.domain.identity.PasswordStrength;

/**
 * A crude strength meter for tests and embedders: common passwords and passwords of few distinct
 * characters are weak. The production adapter uses zxcvbn.
 */
public final class SimplePasswordStrengthMeter implements PasswordStrengthMeter {
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "iloveyou1234");

    @Override
    public PasswordStrength measure(String password, List<String> personalWords) {
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return new PasswordStrength(0, "This is a very common password.");
        }
        long distinct = password.codePoints().distinct().count();
        return distinct >= 8 ? new PasswordStrength(4, "") : new PasswordStrength(1, "Repeats are easy to guess.");
    }
}
