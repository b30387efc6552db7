package org.tdah.assistant.adapters.sms.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's phone-number routes over plain HTTP, checked against the shapes of Twilio's answers. */
class EmulatorPhoneNumbersIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final String ACCOUNT = "/2010-04-01/Accounts/" + ACCOUNT_SID;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TwilioApiEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void numbers_for_sale_come_as_a_page_of_available_phone_numbers_in_the_area_code() throws Exception {
        HttpResponse<String> response = send("GET", ACCOUNT + "/AvailablePhoneNumbers/US/Local.json?AreaCode=212&PageSize=2", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("page_size").asInt()).isEqualTo(2);
        assertThat(page.get("next_page_uri").isNull()).isTrue();
        assertThat(page.get("available_phone_numbers")).hasSize(2);
        assertThat(page.get("available_phone_numbers").get(0).get("phone_number").asText()).isEqualTo("+12125550100");
        assertThat(page.get("available_phone_numbers").get(1).get("iso_country").asText()).isEqualTo("US");
    }

    @Test
    void a_bought_number_answers_201_with_twilios_incoming_phone_number_fields() throws Exception {
        HttpResponse<String> response = send("POST", ACCOUNT + "/IncomingPhoneNumbers.json", form(
                "PhoneNumber", "+14155550100", "SmsUrl", "https://example.org/in", "SmsMethod", "POST",
                "SmsFallbackUrl", "https://example.org/fallback", "StatusCallback", "https://example.org/status"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode number = JSON.readTree(response.body());
        assertThat(number.get("sid").asText()).matches("PN[0-9a-f]{32}");
        assertThat(number.get("account_sid").asText()).isEqualTo(ACCOUNT_SID);
        assertThat(number.get("phone_number").asText()).isEqualTo("+14155550100");
        assertThat(number.get("sms_url").asText()).isEqualTo("https://example.org/in");
        assertThat(number.get("sms_method").asText()).isEqualTo("POST");
        assertThat(number.get("sms_fallback_url").asText()).isEqualTo("https://example.org/fallback");
        assertThat(number.get("status_callback").asText()).isEqualTo("https://example.org/status");
        assertThat(number.get("uri").asText()).isEqualTo(ACCOUNT + "/IncomingPhoneNumbers/" + number.get("sid").asText() + ".json");
        assertThat(emulator.numbers()).extracting(OwnedNumber::sid).containsExactly(number.get("sid").asText());
    }

    @Test
    void a_number_not_for_sale_or_already_ours_is_twilios_21422() throws Exception {
        send("POST", ACCOUNT + "/IncomingPhoneNumbers.json", form("PhoneNumber", "+14155550100"));

        for (String number : List.of("+15005550000", "+14155550100")) {
            HttpResponse<String> response = send("POST", ACCOUNT + "/IncomingPhoneNumbers.json", form("PhoneNumber", number));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("code").asInt()).isEqualTo(21422);
        }
        assertThat(emulator.numbers()).hasSize(1);
    }

    @Test
    void a_released_number_answers_204_without_a_body_and_is_then_not_found() throws Exception {
        String sid = JSON.readTree(send("POST", ACCOUNT + "/IncomingPhoneNumbers.json",
                form("PhoneNumber", "+14155550100")).body()).get("sid").asText();

        HttpResponse<String> deleted = send("DELETE", ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json", null);
        HttpResponse<String> fetched = send("GET", ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json", null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(fetched.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(fetched.body()).get("code").asInt()).isEqualTo(20404);
    }

    @Test
    void a_fetched_message_has_twilios_negative_price_and_its_segment_count() throws Exception {
        String sid = JSON.readTree(send("POST", ACCOUNT + "/Messages.json",
                form("To", "+33612345678", "From", "+15005550006", "Body", "ê".repeat(71))).body()).get("sid").asText();

        JsonNode message = JSON.readTree(send("GET", ACCOUNT + "/Messages/" + sid + ".json", null).body());

        assertThat(message.get("price").asText()).isEqualTo("-0.01580");
        assertThat(message.get("price_unit").asText()).isEqualTo("USD");
        assertThat(message.get("num_segments").asText()).isEqualTo("2");
    }

    private HttpResponse<String> send(String method, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        if (form == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded").method(method, BodyPublishers.ofString(form));
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
