package org.tdah.assistant.adapters.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.PasswordStrength;

class ZxcvbnPasswordStrengthMeterTest {
    private final ZxcvbnPasswordStrengthMeter meter = new ZxcvbnPasswordStrengthMeter();

    @Test
    void common_passwords_and_keyboard_walks_score_low_with_a_warning() {
        PasswordStrength common = meter.measure("password1234", List.of());
        PasswordStrength keyboard = meter.measure("qwertyuiop12", List.of());

        assertThat(common.isAcceptable()).isFalse();
        assertThat(common.warning()).isNotBlank();
        assertThat(keyboard.isAcceptable()).isFalse();
    }

    @Test
    void a_passphrase_of_uncommon_words_scores_high() {
        assertThat(meter.measure("purple elephants dance quietly", List.of()).score()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_persons_own_words_make_a_password_weaker() {
        String password = "GwendolynFairweather2026";

        int stranger = meter.measure(password, List.of()).score();
        int own = meter.measure(password, List.of("gwendolyn.fairweather@example.org", "Gwendolyn", "Fairweather")).score();

        assertThat(own).isLessThan(stranger);
    }
}
