package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

class EmulatorHttpClientTest {

    @Test
    void the_twilio_origin_is_replaced_and_the_path_and_query_are_kept() throws Exception {
        EmulatorHttpClient client = new EmulatorHttpClient(URI.create("http://127.0.0.1:8089"));

        URI target = client.target(new URL("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?PageSize=20&To=%2B33612345678"));

        assertThat(target).hasToString("http://127.0.0.1:8089/2010-04-01/Accounts/AC1/Messages.json?PageSize=20&To=%2B33612345678");
    }

    @Test
    void a_path_prefix_of_the_base_is_kept_before_the_twilio_path() throws Exception {
        EmulatorHttpClient client = new EmulatorHttpClient(URI.create("https://sandbox.example.org:8443/twilio/"));

        URI target = client.target(new URL("https://api.us1.twilio.com/2010-04-01/Accounts/AC1/Messages/SM1.json"));

        assertThat(target).hasToString("https://sandbox.example.org:8443/twilio/2010-04-01/Accounts/AC1/Messages/SM1.json");
    }

    @Test
    void the_base_must_be_an_absolute_uri() {
        assertThatThrownBy(() -> new EmulatorHttpClient(URI.create("/twilio")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
