package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.adapters.sms.twilio.TwilioErrorCodes.Outcome;

class TwilioErrorCodesTest {

    @ParameterizedTest(name = "Twilio error {0} means the recipient cannot get SMS")
    @ValueSource(ints = {21211, 21217, 21265, 21408, 21612, 21614})
    void recipient_errors_mean_an_invalid_number(int code) {
        assertThat(TwilioErrorCodes.outcomeOf(code, 400)).isEqualTo(Outcome.INVALID_NUMBER);
    }

    @Test
    void error_21610_means_the_recipient_unsubscribed() {
        assertThat(TwilioErrorCodes.outcomeOf(21610, 400)).isEqualTo(Outcome.UNSUBSCRIBED);
    }

    @ParameterizedTest(name = "Twilio error {0} with HTTP {1} may pass later")
    @CsvSource({"20429, 429", "20500, 500", "20503, 503", "30001, 400", "30003, 400", "30005, 400", "30008, 400"})
    void transient_errors_make_twilio_unavailable(int code, int status) {
        assertThat(TwilioErrorCodes.outcomeOf(code, status)).isEqualTo(Outcome.UNAVAILABLE);
    }

    @ParameterizedTest(name = "HTTP {0} with an unknown code {1}")
    @CsvSource({"500, 12345", "502, 12345", "503, 12345", "429, 12345"})
    void server_errors_and_throttling_make_twilio_unavailable_whatever_the_code(int status, int code) {
        assertThat(TwilioErrorCodes.outcomeOf(code, status)).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void an_error_with_neither_code_nor_status_is_a_connection_failure() {
        assertThat(TwilioErrorCodes.outcomeOf(null, null)).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(TwilioErrorCodes.outcomeOf(null, 0)).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void a_server_error_without_a_code_makes_twilio_unavailable() {
        assertThat(TwilioErrorCodes.outcomeOf(null, 503)).isEqualTo(Outcome.UNAVAILABLE);
    }

    @ParameterizedTest(name = "Twilio error {0} with HTTP {1} is our configuration's fault")
    @CsvSource({"20003, 401", "20404, 404", "21606, 400", "21212, 400", "21602, 400", "21603, 400"})
    void other_refusals_are_configuration_problems(int code, int status) {
        assertThat(TwilioErrorCodes.outcomeOf(code, status)).isEqualTo(Outcome.MISCONFIGURED);
    }

    @Test
    void a_client_error_without_a_code_is_a_configuration_problem() {
        assertThat(TwilioErrorCodes.outcomeOf(null, 404)).isEqualTo(Outcome.MISCONFIGURED);
    }
}
