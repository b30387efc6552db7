package org.tdah.assistant.adapters.security.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Locale;
import org.tdah.assistant.application.identity.port.PasswordStrengthMeter;
import org.tdah.assistant.domain.identity.PasswordStrength;

/**
 * zxcvbn (Dropbox's estimator, nulab's Java port): guesses from dictionaries, keyboard patterns,
 * dates and the person's own words, scored 0 to 4. Its English warning is passed on so that a
 * person knows what to change.
 */
public final class ZxcvbnPasswordStrengthMeter implements PasswordStrengthMeter {
    private final Zxcvbn zxcvbn = new Zxcvbn();

    @Override
    public PasswordStrength measure(String password, List<String> personalWords) {
        Strength strength = zxcvbn.measure(password, personalWords.stream()
                .flatMap(word -> List.of(word, word.toLowerCase(Locale.ROOT)).stream())
                .toList());
        String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
        return new PasswordStrength(strength.getScore(), warning == null ? "" : warning);
    }
}
