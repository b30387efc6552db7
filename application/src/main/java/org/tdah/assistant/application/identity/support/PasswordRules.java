package org.tdah.assistant.application.identity.support;

import java.util.List;
import org.tdah.assistant.application.identity.port.PasswordStrengthMeter;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordPolicy;

/** The password policy with its strength meter: one place for registration, reset and change. */
public final class PasswordRules {
    private final PasswordStrengthMeter meter;

    public PasswordRules(PasswordStrengthMeter meter) {
        this.meter = meter;
    }

    /** Every reason why this person may not choose this password; empty when they may. */
    public List<String> rejections(String password, EmailAddress email, DisplayName displayName) {
        return PasswordPolicy.rejections(password, email, displayName, () -> meter.measure(
                password, List.of(email.value(), email.localPart(), displayName.value())));
    }
}
