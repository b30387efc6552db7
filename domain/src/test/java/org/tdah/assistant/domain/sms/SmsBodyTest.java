package org.tdah.assistant.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsBodyTest {
    private static final String NOTE = " … (cut: texts are at most 1,600 characters)";
    private static final int ROOM = SmsBody.MAX_LENGTH - NOTE.length();

    @Test
    void a_text_is_at_most_1600_characters() {
        assertThat(SmsBody.MAX_LENGTH).isEqualTo(1600);
    }

    @Test
    void a_text_of_1600_characters_fits_and_one_of_1601_does_not() {
        assertThat(SmsBody.fits("a".repeat(1600))).isTrue();
        assertThat(SmsBody.fits("a".repeat(1601))).isFalse();
        assertThat(SmsBody.fits("")).isTrue();
    }

    @Test
    void characters_are_counted_in_utf_16_code_units_so_an_emoji_counts_twice() {
        assertThat(SmsBody.fits("🎉".repeat(800))).isTrue();
        assertThat(SmsBody.fits("🎉".repeat(800) + "a")).isFalse();
    }

    @Test
    void a_text_that_fits_is_returned_unchanged() {
        String text = "word ".repeat(320);
        assertThat(text).hasSize(1600);
        assertThat(SmsBody.fitted(text, NOTE)).isSameAs(text);
    }

    @Test
    void a_longer_text_without_white_space_is_cut_hard_to_make_room_for_the_note() {
        String fitted = SmsBody.fitted("a".repeat(2000), NOTE);
        assertThat(fitted).hasSize(1600).isEqualTo("a".repeat(ROOM) + NOTE);
    }

    @Test
    void a_longer_text_is_cut_at_its_last_white_space_within_the_final_40_characters() {
        String text = "a".repeat(ROOM - 30) + " " + "b".repeat(500);
        assertThat(SmsBody.fitted(text, NOTE)).isEqualTo("a".repeat(ROOM - 30) + NOTE);
    }

    @Test
    void the_latest_white_space_is_chosen_among_several() {
        String text = "a".repeat(ROOM - 30) + " " + "b".repeat(19) + " " + "c".repeat(500);
        assertThat(SmsBody.fitted(text, NOTE)).isEqualTo("a".repeat(ROOM - 30) + " " + "b".repeat(19) + NOTE);
    }

    @Test
    void a_cut_that_falls_on_white_space_keeps_the_whole_last_word() {
        String text = "a".repeat(ROOM - 10) + " " + "b".repeat(9) + " " + "c".repeat(500);
        assertThat(SmsBody.fitted(text, NOTE)).isEqualTo("a".repeat(ROOM - 10) + " " + "b".repeat(9) + NOTE);
    }

    @Test
    void white_space_further_back_than_40_characters_is_not_used() {
        String text = "a".repeat(ROOM - 41) + " " + "b".repeat(500);
        assertThat(SmsBody.fitted(text, NOTE)).isEqualTo("a".repeat(ROOM - 41) + " " + "b".repeat(40) + NOTE);
    }

    @Test
    void white_space_before_the_cut_is_not_left_before_the_note() {
        String text = "a".repeat(ROOM - 20) + "   \n  " + "b".repeat(500);
        assertThat(SmsBody.fitted(text, NOTE)).isEqualTo("a".repeat(ROOM - 20) + NOTE);
    }

    @Test
    void a_cut_never_splits_a_surrogate_pair() {
        String text = "a".repeat(ROOM - 1) + "🎉" + "a".repeat(500);
        String fitted = SmsBody.fitted(text, NOTE);
        assertThat(fitted).isEqualTo("a".repeat(ROOM - 1) + NOTE);
        assertThat(fitted.codePoints().noneMatch(point -> Character.getType(point) == Character.SURROGATE)).isTrue();
    }

    @Test
    void an_emoji_that_fits_whole_is_kept() {
        String text = "a".repeat(ROOM - 2) + "🎉" + "a".repeat(500);
        assertThat(SmsBody.fitted(text, NOTE)).isEqualTo("a".repeat(ROOM - 2) + "🎉" + NOTE);
    }

    @ParameterizedTest(name = "[{0} characters]")
    @ValueSource(ints = {1601, 1602, 1700, 5000})
    void a_fitted_text_of_emojis_and_words_always_fits(int length) {
        String text = ("🎉 word ✅ " + "x".repeat(37)).repeat(length / 40 + 1).substring(0, length);
        String fitted = SmsBody.fitted(text, NOTE);
        assertThat(SmsBody.fits(fitted)).isTrue();
        assertThat(fitted).endsWith(NOTE).hasSizeGreaterThan(SmsBody.MAX_LENGTH - NOTE.length() - 42);
        assertThat(fitted.codePoints().noneMatch(point -> Character.getType(point) == Character.SURROGATE)).isTrue();
    }

    @Test
    void without_a_note_the_text_is_only_cut() {
        assertThat(SmsBody.fitted("a".repeat(1700), "")).isEqualTo("a".repeat(1600));
    }

    @Test
    void a_note_of_200_characters_is_accepted_and_one_of_201_is_refused() {
        assertThat(SmsBody.fitted("a".repeat(1700), "n".repeat(200))).isEqualTo("a".repeat(1400) + "n".repeat(200));
        assertThatThrownBy(() -> SmsBody.fitted("a".repeat(1700), "n".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_long_note_is_refused_even_for_a_text_that_fits() {
        assertThatThrownBy(() -> SmsBody.fitted("short", "n".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void french_quotes_and_other_look_alikes_are_made_plain_when_that_keeps_a_text_in_gsm_7() {
        String reply = "Rappel 1\u00A0: appeler la pharmacie, aujourd'hui 16h00. R\u00E9ponds \u00AB fait 1 \u00BB ou \u00AB annule \u00BB\u2026";

        String cheapest = SmsBody.cheapest(reply);

        assertThat(cheapest).isEqualTo("Rappel 1 : appeler la pharmacie, aujourd'hui 16h00. R\u00E9ponds \" fait 1 \" ou \" annule \"...");
        assertThat(SmsSegments.of(reply).encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(SmsSegments.of(cheapest).encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        assertThat(SmsSegments.of(cheapest).count()).isLessThan(SmsSegments.of(reply).count());
    }

    @Test
    void curly_quotes_dashes_and_thin_spaces_are_look_alikes_too() {
        assertThat(SmsBody.cheapest("\u201CDone\u201D \u2013 it\u2019s\u202Ffiled. Reply \u2018undo\u2019 " + "x".repeat(60)))
                .isEqualTo("\"Done\" - it's filed. Reply 'undo' " + "x".repeat(60));
    }

    @Test
    void a_text_that_needs_ucs_2_anyway_keeps_its_typography() {
        String withCircumflex = "\u00AB Pr\u00E9parer la f\u00EAte \u00BB : fait.";
        String withEmoji = "\u00AB Bravo \u00BB \uD83C\uDF89";

        assertThat(SmsBody.cheapest(withCircumflex)).isEqualTo(withCircumflex);
        assertThat(SmsBody.cheapest(withEmoji)).isEqualTo(withEmoji);
        assertThat(SmsBody.cheapest("plain text, nothing to do")).isEqualTo("plain text, nothing to do");
    }
}
