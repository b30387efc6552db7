package org.tdah.assistant.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.emulator.InboundDelivery;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;

class DevInboundSmsServletTest {
    private static final String SID = "SM0123456789abcdef0123456789abcdef";

    private final List<List<String>> delivered = new ArrayList<>();
    private final DevInboundSmsServlet servlet = new DevInboundSmsServlet((from, to, body) -> {
        delivered.add(List.of(from, to, body));
        return new InboundDelivery(SID, 200);
    }, new ObjectMapper());

    @Test
    void a_text_is_delivered_and_answered_202_with_its_message_sid_and_the_webhooks_status() {
        DevInboundSmsServlet.Answer answer =
                answer("{\"from\": \"+15551230001\", \"to\": \"+15557654321\", \"body\": \"remind me to call mum at 6\"}");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.json()).isEqualTo(Map.of("messageSid", SID, "webhookStatus", 200));
        assertThat(delivered).containsExactly(List.of("+15551230001", "+15557654321", "remind me to call mum at 6"));
    }

    @Test
    void numbers_written_with_spaces_are_delivered_in_e164_form() {
        answer("{\"from\": \"+33 6 12 34 56 78\", \"to\": \"+1 (555) 765-4321\", \"body\": \"fini\"}");

        assertThat(delivered).containsExactly(List.of("+33612345678", "+15557654321", "fini"));
    }

    @Test
    void each_missing_or_blank_field_is_a_400_problem_naming_it_and_nothing_is_delivered() {
        DevInboundSmsServlet.Answer answer = answer("{\"to\": \"+15557654321\", \"body\": \"  \"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json()).containsEntry("status", 400);
        assertThat(fields(answer)).containsExactly("from", "body");
        assertThat(delivered).isEmpty();
    }

    @Test
    void a_number_that_is_not_e164_is_a_400_problem_naming_the_field() {
        DevInboundSmsServlet.Answer answer = answer("{\"from\": \"0612345678\", \"to\": \"+15557654321\", \"body\": \"hi\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("from");
        assertThat(delivered).isEmpty();
    }

    @Test
    void a_field_that_is_not_a_string_is_a_400_problem() {
        DevInboundSmsServlet.Answer answer = answer("{\"from\": 15551230001, \"to\": \"+15557654321\", \"body\": [\"hi\"]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("from", "body");
    }

    @Test
    void a_body_that_is_not_a_json_object_is_a_400_problem() {
        assertThat(answer("not json").status()).isEqualTo(400);
        assertThat(answer("[1, 2]").status()).isEqualTo(400);
        assertThat(answer("").status()).isEqualTo(400);
        assertThat(delivered).isEmpty();
    }

    @Test
    void a_number_the_emulator_does_not_own_is_a_404_problem() {
        try (TwilioApiEmulator emulator = TwilioApiEmulator.start(DevTwilio.ACCOUNT_SID, DevTwilio.AUTH_TOKEN)) {
            DevInboundSmsServlet real = new DevInboundSmsServlet(emulator::deliverInboundText, new ObjectMapper());

            DevInboundSmsServlet.Answer answer = real.answer(
                    "{\"from\": \"+15551230001\", \"to\": \"+15557654321\", \"body\": \"hi\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void an_sms_url_that_cannot_be_reached_is_a_502_problem() {
        DevInboundSmsServlet unreachable = new DevInboundSmsServlet((from, to, body) -> {
            throw new UncheckedIOException("the SMS URL could not be reached", new IOException("refused"));
        }, new ObjectMapper());

        assertThat(unreachable.answer("{\"from\": \"+15551230001\", \"to\": \"+15557654321\", \"body\": \"hi\"}"
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(502);
    }

    @Test
    void a_request_larger_than_sixteen_kilobytes_is_refused() {
        assertThat(servlet.answer(null).status()).isEqualTo(413);
    }

    private DevInboundSmsServlet.Answer answer(String json) {
        return servlet.answer(json.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(DevInboundSmsServlet.Answer problem) {
        return ((List<Map<String, String>>) problem.json().get("errors")).stream().map(error -> error.get("field")).toList();
    }
}
