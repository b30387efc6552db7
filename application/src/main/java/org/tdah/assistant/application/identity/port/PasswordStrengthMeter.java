package org.tdah.assistant.application.identity.port;

import java.util.List;
import org.tdah.assistant.domain.identity.PasswordStrength;

/** Estimates how guessable a password is, knowing words the person's attacker would try first. */
public interface PasswordStrengthMeter {
    PasswordStrength measure(String password, List<String> personalWords);
}
