package org.tdah.assistant.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.domain.sms.SmsSegments.Encoding;

class SmsSegmentsTest {

    @Test
    void the_empty_body_takes_one_gsm_segment() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 1));
    }

    @ParameterizedTest(name = "[{0} characters] {1} segments")
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4", "1600, 11"})
    void plain_text_takes_160_characters_in_one_segment_and_153_per_segment_when_split(int length, int count) {
        assertThat(SmsSegments.of("a".repeat(length))).isEqualTo(new SmsSegments(Encoding.GSM_7, count));
    }

    @Test
    void the_euro_sign_takes_two_septets_and_pushes_159_characters_into_two_segments() {
        assertThat(SmsSegments.of("a".repeat(158) + "€")).isEqualTo(new SmsSegments(Encoding.GSM_7, 1));
        assertThat(SmsSegments.of("a".repeat(159) + "€")).isEqualTo(new SmsSegments(Encoding.GSM_7, 2));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"^", "{", "}", "\\", "[", "~", "]", "|", "€", "\f"})
    void each_extension_character_takes_two_septets(String extension) {
        assertThat(SmsSegments.of("a".repeat(158) + extension)).isEqualTo(new SmsSegments(Encoding.GSM_7, 1));
        assertThat(SmsSegments.of("a".repeat(159) + extension)).isEqualTo(new SmsSegments(Encoding.GSM_7, 2));
    }

    @Test
    void an_extension_character_is_not_split_between_two_segments() {
        String body = "a".repeat(152) + "€" + "a".repeat(152);
        assertThat(SmsSegments.of(body)).isEqualTo(new SmsSegments(Encoding.GSM_7, 3));
    }

    @Test
    void a_french_reminder_with_the_accents_of_the_gsm_table_stays_gsm_7() {
        assertThat(SmsSegments.of("Rappel : appeler la pharmacie à 16 h, n'oublie pas é è").encoding())
                .isEqualTo(Encoding.GSM_7);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"é", "è", "ù", "ì", "ò", "à", "Ç", "É", "Ä", "Ö", "Ñ", "Ü", "ä", "ö", "ñ", "ü", "ß", "Å",
            "å", "Æ", "æ", "Ø", "ø", "£", "¥", "§", "¿", "¡", "¤", "Δ", "Φ", "Γ", "Λ", "Ω", "Π", "Ψ", "Σ", "Θ", "Ξ",
            "@", "$", "_", "\n", "\r", "\"", "0", "Z", "z"})
    void each_character_of_the_gsm_basic_table_takes_one_septet(String character) {
        assertThat(SmsSegments.of(character.repeat(160))).isEqualTo(new SmsSegments(Encoding.GSM_7, 1));
        assertThat(SmsSegments.of(character.repeat(161))).isEqualTo(new SmsSegments(Encoding.GSM_7, 2));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"ê", "â", "ç", "œ", "î", "ô", "û", "ë", "ï", "Ê", "À", "È", "’", "«", "`", "\t", "\u001b",
            "α", "✅"})
    void a_character_outside_gsm_7_makes_the_whole_body_ucs_2(String character) {
        assertThat(SmsSegments.of("Note " + character).encoding()).isEqualTo(Encoding.UCS_2);
    }

    @Test
    void a_french_task_with_circumflex_accents_is_ucs_2() {
        assertThat(SmsSegments.of("Tâche notée : être à l'heure")).isEqualTo(new SmsSegments(Encoding.UCS_2, 1));
    }

    @ParameterizedTest(name = "[{0} characters] {1} segments")
    @CsvSource({"70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4"})
    void ucs_2_text_takes_70_characters_in_one_segment_and_67_per_segment_when_split(int length, int count) {
        assertThat(SmsSegments.of("ê".repeat(length))).isEqualTo(new SmsSegments(Encoding.UCS_2, count));
    }

    @Test
    void an_emoji_counts_as_two_code_units() {
        String body = "Done ✅ 🎉";
        assertThat(body).hasSize(9);
        assertThat(SmsSegments.of(body)).isEqualTo(new SmsSegments(Encoding.UCS_2, 1));
        assertThat(SmsSegments.of("a".repeat(68) + "🎉")).isEqualTo(new SmsSegments(Encoding.UCS_2, 1));
        assertThat(SmsSegments.of("a".repeat(69) + "🎉")).isEqualTo(new SmsSegments(Encoding.UCS_2, 2));
    }

    @Test
    void an_emoji_is_not_split_between_two_segments() {
        String body = "ê".repeat(66) + "🎉" + "ê".repeat(66);
        assertThat(SmsSegments.of(body)).isEqualTo(new SmsSegments(Encoding.UCS_2, 3));
    }

    @Test
    void the_encodings_tell_their_segment_sizes() {
        assertThat(Encoding.GSM_7.singleSegmentUnits()).isEqualTo(160);
        assertThat(Encoding.GSM_7.unitsPerSegment()).isEqualTo(153);
        assertThat(Encoding.UCS_2.singleSegmentUnits()).isEqualTo(70);
        assertThat(Encoding.UCS_2.unitsPerSegment()).isEqualTo(67);
    }

    @Test
    void a_count_below_one_is_refused() {
        assertThatThrownBy(() -> new SmsSegments(Encoding.GSM_7, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
