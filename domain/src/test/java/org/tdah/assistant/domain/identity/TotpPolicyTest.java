package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpPolicyTest {
    private static final Instant NOW = Instant.ofEpochSecond(59 * 30 + 10);

    @Test
    void a_step_is_thirty_seconds_since_the_epoch() {
        assertThat(TotpPolicy.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(TotpPolicy.stepAt(NOW)).isEqualTo(59);
    }

    @Test
    void the_current_step_and_one_either_way_are_acceptable_but_never_one_already_used() {
        assertThat(TotpPolicy.acceptableSteps(NOW, 0)).containsExactly(58L, 59L, 60L);
        assertThat(TotpPolicy.acceptableSteps(NOW, 59)).containsExactly(60L);
        assertThat(TotpPolicy.acceptableSteps(NOW, 60)).isEmpty();
    }

    @Test
    void backup_codes_are_grouped_for_reading_and_normalised_for_checking() {
        assertThat(BackupCode.format("abcdefghjklm")).isEqualTo("ABCD-EFGH-JKLM");
        assertThat(BackupCode.normalize(" abcd-efgh jklm ")).isEqualTo("ABCDEFGHJKLM");
    }
}
