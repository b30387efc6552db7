package org.tdah.assistant.adapters.sms.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutsTest {
    private static final String OURS = "+14155550100";
    private static final String LEA = "+33612345678";

    private final OptOuts optOuts = new OptOuts();

    @ParameterizedTest(name = "\"{0}\" stops our texts")
    @ValueSource(strings = {"STOP", "stop", " Stop \\n", "STOPALL", "unsubscribe", "CANCEL", "End", "QUIT", "revoke", "OPTOUT"})
    void a_whole_body_that_is_an_opt_out_keyword_stops_our_number_texting_that_phone(String body) {
        optOuts.received(LEA, OURS, body.replace("\\n", "\n"));

        assertThat(optOuts.stopped(OURS, LEA)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" stops nothing")
    @ValueSource(strings = {"stop reminding me at 6", "please stop", "STOP!", "S T O P", "arrête"})
    void a_keyword_inside_a_longer_text_stops_nothing(String body) {
        optOuts.received(LEA, OURS, body);

        assertThat(optOuts.stopped(OURS, LEA)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" lets our texts through again")
    @ValueSource(strings = {"START", "unstop", " yes "})
    void an_opt_in_keyword_lets_our_number_text_that_phone_again(String body) {
        optOuts.received(LEA, OURS, "STOP");

        optOuts.received(LEA, OURS, body);

        assertThat(optOuts.stopped(OURS, LEA)).isFalse();
    }

    @Test
    void an_opt_out_is_for_that_pair_of_numbers_only() {
        optOuts.received(LEA, OURS, "STOP");

        assertThat(optOuts.stopped(OURS, LEA)).isTrue();
        assertThat(optOuts.stopped("+14155550101", LEA)).isFalse();
        assertThat(optOuts.stopped(OURS, "+33698765432")).isFalse();
        assertThat(optOuts.stopped(LEA, OURS)).isFalse();
    }
}
