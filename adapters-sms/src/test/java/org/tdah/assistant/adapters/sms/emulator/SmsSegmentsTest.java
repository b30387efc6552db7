package org.tdah.assistant.adapters.sms.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void up_to_160_gsm_characters_fit_in_one_segment() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("Votre code : 493817. À bientôt !".replace("ô", "o"))).isEqualTo(1);
    }

    @Test
    void longer_gsm_bodies_take_153_characters_per_segment() {
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void escaped_gsm_characters_count_twice() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void a_character_outside_gsm_makes_the_body_ucs2_with_70_then_67_per_segment() {
        assertThat(SmsSegments.count("✅" + "a".repeat(69))).isEqualTo(1);
        assertThat(SmsSegments.count("✅" + "a".repeat(70))).isEqualTo(2);
        assertThat(SmsSegments.count("✅" + "a".repeat(134))).isEqualTo(3);
    }
}
