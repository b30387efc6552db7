package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.PhoneNumber;

class TwilioTextMessagesTest {
    private static final TwilioRestClient CLIENT =
            TwilioClients.forEmulator(URI.create("http://127.0.0.1:9"), "AC0123456789abcdef0123456789abcdef", "token");
    private static final PhoneNumber FROM = new PhoneNumber("+15005550006");

    @Test
    void the_status_callback_is_optional_but_must_be_an_http_url() {
        assertThatCode(() -> new TwilioTextMessages(CLIENT, FROM, null)).doesNotThrowAnyException();
        assertThatCode(() -> new TwilioTextMessages(CLIENT, FROM, URI.create("https://example.org/sms/status")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new TwilioTextMessages(CLIENT, FROM, URI.create("/sms/status")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwilioTextMessages(CLIENT, FROM, URI.create("ftp://example.org/status")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_messaging_service_sid_is_mg_and_32_hexadecimal_digits() {
        assertThatCode(() -> TwilioTextMessages.viaMessagingService(CLIENT, "MG0123456789abcdef0123456789abcdef", null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TwilioTextMessages.viaMessagingService(CLIENT, "PN0123456789abcdef0123456789abcdef", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_client_and_a_sender_are_required() {
        assertThatThrownBy(() -> new TwilioTextMessages(null, FROM, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TwilioTextMessages(CLIENT, null, null)).isInstanceOf(NullPointerException.class);
    }
}
