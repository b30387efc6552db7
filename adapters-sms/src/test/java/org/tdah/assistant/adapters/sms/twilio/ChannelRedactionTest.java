package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelRedactionTest {

    @Test
    void a_body_parameter_is_replaced_by_its_length_and_the_recipient_keeps_its_last_four_digits() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("To", List.of("+33612345678"));
        form.put("From", List.of("+14155550100"));
        form.put("Body", List.of("Votre code : 493817 ✅"));

        assertThat(ChannelRedaction.parameters(form))
                .isEqualTo("To=+•••5678&From=+14155550100&Body=[redacted, 21 characters]");
    }

    @Test
    void json_bodies_recipients_and_secrets_are_redacted_at_any_depth() {
        String page = "{\"messages\":[{\"sid\":\"SM1\",\"body\":\"code 493817\",\"to\":\"+33612345678\",\"from\":\"+14155550100\"}],"
                + "\"auth_token\":\"real-token-123\",\"body\":null}";

        String redacted = ChannelRedaction.json(page);

        assertThat(redacted).doesNotContain("493817", "+33612345678", "real-token-123")
                .contains("\"body\":\"[redacted, 11 characters]\"", "\"to\":\"+•••5678\"", "\"from\":\"+14155550100\"",
                        "\"auth_token\":\"[redacted]\"");
    }

    @Test
    void a_text_that_is_not_json_is_kept_as_it_is() {
        assertThat(ChannelRedaction.json("<html>Bad gateway</html>")).isEqualTo("<html>Bad gateway</html>");
        assertThat(ChannelRedaction.json(null)).isEmpty();
    }

    @Test
    void a_long_text_is_cut_to_four_thousand_characters() {
        String cut = ChannelRedaction.json("x".repeat(10_000));

        assertThat(cut).hasSize(4_000).endsWith("…");
    }

    @Test
    void the_cut_never_splits_a_character_in_two() {
        String cut = ChannelRedaction.cut("x".repeat(3_998) + "✅😀😀");

        assertThat(cut).hasSizeLessThanOrEqualTo(4_000).doesNotContain("\uFFFD");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void the_message_sid_is_read_only_from_a_message_resource() {
        assertThat(ChannelRedaction.messageSid("{\"sid\":\"SM0123\"}")).contains("SM0123");
        assertThat(ChannelRedaction.messageSid("{\"sid\":\"MM0123\"}")).contains("MM0123");
        assertThat(ChannelRedaction.messageSid("{\"sid\":\"PN0123\"}")).isEmpty();
        assertThat(ChannelRedaction.messageSid("not json")).isEmpty();
    }

    @Test
    void the_error_code_is_twilios_numeric_code() {
        assertThat(ChannelRedaction.errorCode("{\"code\":21610,\"message\":\"Attempt to send\"}")).contains("21610");
        assertThat(ChannelRedaction.errorCode("{\"message\":\"no code\"}")).isEmpty();
        assertThat(ChannelRedaction.errorCode("")).isEmpty();
    }

    @Test
    void a_number_keeps_only_its_last_four_digits() {
        assertThat(ChannelRedaction.maskedNumber("+33612345678")).isEqualTo("+•••5678");
        assertThat(ChannelRedaction.maskedNumber("+1234")).isEqualTo("+•••");
    }
}
