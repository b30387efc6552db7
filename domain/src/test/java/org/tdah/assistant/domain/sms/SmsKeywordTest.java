package org.tdah.assistant.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsKeywordTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({
            "STOP, STOP", "STOPALL, STOP", "UNSUBSCRIBE, STOP", "CANCEL, STOP", "END, STOP", "QUIT, STOP",
            "REVOKE, STOP", "OPTOUT, STOP", "ARRET, STOP", "ARRÊT, STOP",
            "START, START", "UNSTOP, START", "YES, START",
            "HELP, HELP", "INFO, HELP", "AIDE, HELP"})
    void each_listed_word_is_a_keyword_of_its_kind(String body, SmsKeyword.Kind kind) {
        assertThat(SmsKeyword.of(body)).hasValueSatisfying(keyword -> assertThat(keyword.kind()).isEqualTo(kind));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"stop", "Stop", "sToP", "  STOP \n", "Stop!", "stop.", "STOP!!!", "stop ?", "Stop…"})
    void case_surrounding_white_space_and_trailing_punctuation_do_not_matter(String body) {
        assertThat(SmsKeyword.of(body)).contains(new SmsKeyword(SmsKeyword.Kind.STOP, "STOP"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"arrêt", "Arret", "ARRÊT", "Arrêt !", "arre\u0302t"})
    void the_french_stop_is_read_with_or_without_its_accent(String body) {
        assertThat(SmsKeyword.of(body)).contains(new SmsKeyword(SmsKeyword.Kind.STOP, "ARRET"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"stop it", "please stop", "STOP ALL", "stop-all", "stopp", "sto", "oui", "non", "!stop",
            "stop1", "\"stop\"", "", "   ", "!", "thanks"})
    void anything_but_one_listed_word_is_no_keyword(String body) {
        assertThat(SmsKeyword.of(body)).isEmpty();
    }

    @Test
    void no_body_is_no_keyword() {
        assertThat(SmsKeyword.of(null)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"yes", "Yes!", " YES "})
    void yes_is_a_weak_opt_in(String body) {
        assertThat(SmsKeyword.of(body)).hasValueSatisfying(keyword -> {
            assertThat(keyword.kind()).isEqualTo(SmsKeyword.Kind.START);
            assertThat(keyword.weak()).isTrue();
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"START", "UNSTOP", "STOP", "HELP", "AIDE"})
    void every_other_keyword_is_strong(String body) {
        assertThat(SmsKeyword.of(body)).hasValueSatisfying(keyword -> assertThat(keyword.weak()).isFalse());
    }

    @Test
    void the_keyword_carries_the_listed_word_in_upper_case() {
        assertThat(SmsKeyword.of("unsubscribe!")).hasValueSatisfying(
                keyword -> assertThat(keyword.word()).isEqualTo("UNSUBSCRIBE"));
    }

    @Test
    void a_keyword_of_a_word_from_another_kind_cannot_be_made() {
        assertThatThrownBy(() -> new SmsKeyword(SmsKeyword.Kind.START, "STOP"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsKeyword(SmsKeyword.Kind.HELP, "PLEASE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
