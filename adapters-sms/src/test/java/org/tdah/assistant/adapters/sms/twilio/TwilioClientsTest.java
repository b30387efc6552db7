package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TwilioClientsTest {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

    @Test
    void the_twilio_client_uses_the_sdks_own_transport_for_the_account() {
        TwilioRestClient client = TwilioClients.forTwilio(ACCOUNT_SID, "token");

        assertThat(client.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(client.getHttpClient()).isInstanceOf(NetworkHttpClient.class);
    }

    @Test
    void the_emulator_client_sends_to_the_emulator() {
        TwilioRestClient client = TwilioClients.forEmulator(URI.create("http://127.0.0.1:9"), ACCOUNT_SID, "token");

        assertThat(client.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(client.getHttpClient()).isInstanceOfSatisfying(EmulatorHttpClient.class,
                transport -> assertThat(transport.base()).isEqualTo(URI.create("http://127.0.0.1:9")));
    }

    @Test
    void with_a_channel_log_the_twilio_client_records_through_the_sdks_own_transport() {
        TwilioRestClient client = TwilioClients.forTwilio(ACCOUNT_SID, "token", new RecordingChannelLogs());

        assertThat(client.getHttpClient()).isInstanceOfSatisfying(ChannelLoggingHttpClient.class,
                logging -> assertThat(logging.delegate()).isInstanceOf(NetworkHttpClient.class));
    }

    @Test
    void with_a_channel_log_the_emulator_client_records_what_it_sends_to_the_emulator() {
        TwilioRestClient client =
                TwilioClients.forEmulator(URI.create("http://127.0.0.1:9"), ACCOUNT_SID, "token", new RecordingChannelLogs());

        assertThat(client.getHttpClient()).isInstanceOfSatisfying(ChannelLoggingHttpClient.class,
                logging -> assertThat(logging.delegate()).isInstanceOf(EmulatorHttpClient.class));
    }

    @Test
    void a_channel_log_is_required_by_the_logging_clients() {
        assertThatThrownBy(() -> TwilioClients.forTwilio(ACCOUNT_SID, "token", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TwilioClients.forEmulator(URI.create("http://127.0.0.1:9"), ACCOUNT_SID, "token", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void credentials_are_required() {
        assertThatThrownBy(() -> TwilioClients.forTwilio(ACCOUNT_SID, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwilioClients.forTwilio(null, "token")).isInstanceOf(IllegalArgumentException.class);
    }
}
