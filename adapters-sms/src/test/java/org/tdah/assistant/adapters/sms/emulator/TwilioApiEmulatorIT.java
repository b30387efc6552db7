package org.tdah.assistant.adapters.sms.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator over plain HTTP, checked against the shapes of Twilio's own answers. */
class TwilioApiEmulatorIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TwilioApiEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN, 0,
                Clock.fixed(Instant.parse("2026-03-13T09:30:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void it_listens_on_the_loopback_interface_only() {
        assertThat(emulator.baseUri().getScheme()).isEqualTo("http");
        assertThat(emulator.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(emulator.baseUri().getPort()).isPositive();
    }

    @Test
    void a_created_message_has_the_shape_of_twilios_message_resource() throws Exception {
        HttpResponse<String> response = post(AUTH_TOKEN, form(
                "To", "+33612345678", "From", "+15005550006", "Body", "Bonjour", "StatusCallback", "https://example.org/status"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode message = JSON.readTree(response.body());
        String sid = message.get("sid").asText();
        assertThat(sid).matches("SM[0-9a-f]{32}");
        assertThat(message.get("account_sid").asText()).isEqualTo(ACCOUNT_SID);
        assertThat(message.get("to").asText()).isEqualTo("+33612345678");
        assertThat(message.get("from").asText()).isEqualTo("+15005550006");
        assertThat(message.get("body").asText()).isEqualTo("Bonjour");
        assertThat(message.get("status").asText()).isEqualTo("queued");
        assertThat(message.get("direction").asText()).isEqualTo("outbound-api");
        assertThat(message.get("api_version").asText()).isEqualTo("2010-04-01");
        assertThat(message.get("num_segments").asText()).isEqualTo("1");
        assertThat(message.get("num_media").asText()).isEqualTo("0");
        assertThat(message.get("date_created").asText()).isEqualTo("Fri, 13 Mar 2026 09:30:00 +0000");
        assertThat(message.get("date_updated").asText()).isEqualTo("Fri, 13 Mar 2026 09:30:00 +0000");
        assertThat(message.get("date_sent").isNull()).isTrue();
        assertThat(message.get("price").isNull()).isTrue();
        assertThat(message.get("error_code").isNull()).isTrue();
        assertThat(message.get("error_message").isNull()).isTrue();
        assertThat(message.get("uri").asText()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json");
        assertThat(message.get("subresource_uris").get("media").asText())
                .isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + "/Media.json");
        assertThat(emulator.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.sid()).isEqualTo(sid);
            assertThat(sent.statusCallback()).isEqualTo(URI.create("https://example.org/status"));
        });
    }

    @Test
    void segments_are_counted_as_twilio_counts_them() throws Exception {
        JsonNode longGsm = JSON.readTree(post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "a".repeat(161))).body());
        JsonNode unicode = JSON.readTree(post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "✅".repeat(71))).body());

        assertThat(longGsm.get("num_segments").asText()).isEqualTo("2");
        assertThat(unicode.get("num_segments").asText()).isEqualTo("2");
    }

    @Test
    void a_message_is_fetched_by_its_sid() throws Exception {
        String sid = JSON.readTree(post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour")).body())
                .get("sid").asText();

        HttpResponse<String> response = get("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json", AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("sid").asText()).isEqualTo(sid);
    }

    @Test
    void an_unknown_message_is_twilios_404() throws Exception {
        HttpResponse<String> response = get("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/SM0.json", AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).containsEntry("code", 20404).containsEntry("status", 404)
                .containsEntry("more_info", "https://www.twilio.com/docs/errors/20404");
    }

    @Test
    void wrong_credentials_get_twilios_exact_authenticate_error() throws Exception {
        HttpResponse<String> response = post("wrong-token", form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
                "{\"code\":20003,\"message\":\"Authenticate\",\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void a_request_without_credentials_is_not_authenticated() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(emulator.baseUri().resolve(MESSAGES))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour"))).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).containsEntry("code", 20003);
    }

    @Test
    void the_account_in_the_path_must_be_the_authenticated_one() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(emulator.baseUri().resolve(
                "/2010-04-01/Accounts/ACffffffffffffffffffffffffffffffff/Messages.json"))
                .header("Authorization", basic(AUTH_TOKEN))
                .POST(BodyPublishers.ofString(form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour"))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void an_invalid_to_number_is_refused_with_21211() throws Exception {
        HttpResponse<String> response = post(AUTH_TOKEN, form("To", "0612345678", "From", "+15005550006", "Body", "Bonjour"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 21211).containsEntry("status", 400)
                .containsEntry("message", "The 'To' number 0612345678 is not a valid phone number.");
    }

    @Test
    void a_missing_to_number_is_refused_with_21604() throws Exception {
        assertThat(error(post(AUTH_TOKEN, form("From", "+15005550006", "Body", "Bonjour")))).containsEntry("code", 21604);
    }

    @Test
    void a_missing_body_is_refused_with_21602() throws Exception {
        HttpResponse<String> response = post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 21602);
    }

    @Test
    void a_missing_sender_is_refused_with_21603() throws Exception {
        assertThat(error(post(AUTH_TOKEN, form("To", "+33612345678", "Body", "Bonjour")))).containsEntry("code", 21603);
    }

    @Test
    void a_body_over_1600_characters_is_refused_with_21617() throws Exception {
        assertThat(error(post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "a".repeat(1601)))))
                .containsEntry("code", 21617);
    }

    @Test
    void a_status_callback_that_is_not_an_http_url_is_refused_with_21609() throws Exception {
        assertThat(error(post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour",
                "StatusCallback", "not a url")))).containsEntry("code", 21609);
    }

    @Test
    void twilios_magic_recipients_are_refused_with_their_codes() throws Exception {
        Map<String, Integer> expected = Map.of("+15005550001", 21211, "+15005550002", 21612, "+15005550003", 21408,
                "+15005550004", 21610, "+15005550009", 21614);
        for (Map.Entry<String, Integer> magic : expected.entrySet()) {
            HttpResponse<String> response = post(AUTH_TOKEN, form("To", magic.getKey(), "From", "+15005550006", "Body", "Bonjour"));

            assertThat(response.statusCode()).as(magic.getKey()).isEqualTo(400);
            assertThat(error(response)).as(magic.getKey()).containsEntry("code", magic.getValue());
        }
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void twilios_magic_senders_are_refused_with_their_codes() throws Exception {
        Map<String, Integer> expected = Map.of("+15005550001", 21212, "+15005550007", 21606, "+15005550008", 21611);
        for (Map.Entry<String, Integer> magic : expected.entrySet()) {
            HttpResponse<String> response = post(AUTH_TOKEN, form("To", "+33612345678", "From", magic.getKey(), "Body", "Bonjour"));

            assertThat(error(response)).as(magic.getKey()).containsEntry("code", magic.getValue());
        }
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void an_unknown_path_is_twilios_404_and_a_wrong_method_its_405() throws Exception {
        assertThat(get("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls.json", AUTH_TOKEN).statusCode()).isEqualTo(404);
        HttpResponse<String> delete = send(HttpRequest.newBuilder(emulator.baseUri().resolve(MESSAGES))
                .header("Authorization", basic(AUTH_TOKEN)).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(error(delete)).containsEntry("code", 20004);
    }

    @Test
    void scripted_failures_answer_the_next_requests_then_stop() throws Exception {
        emulator.failNextRequests(2, 503, 20503);
        String body = form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour");

        HttpResponse<String> first = post(AUTH_TOKEN, body);
        HttpResponse<String> second = post(AUTH_TOKEN, body);
        HttpResponse<String> third = post(AUTH_TOKEN, body);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(error(first)).containsEntry("code", 20503).containsEntry("status", 503);
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(emulator.sent()).hasSize(1);
        assertThat(emulator.requestsReceived()).isEqualTo(3);
    }

    @Test
    void failing_every_request_lasts_until_told_to_stop() throws Exception {
        emulator.failAllRequests(429, 20429);
        String body = form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour");

        assertThat(post(AUTH_TOKEN, body).statusCode()).isEqualTo(429);
        assertThat(post(AUTH_TOKEN, body).statusCode()).isEqualTo(429);
        emulator.stopFailing();
        assertThat(post(AUTH_TOKEN, body).statusCode()).isEqualTo(201);
    }

    @Test
    void listeners_hear_of_each_accepted_message_and_clear_forgets_messages_and_failures() throws Exception {
        List<SentMessage> heard = new ArrayList<>();
        emulator.onMessageSent(heard::add);

        post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour"));
        post(AUTH_TOKEN, form("To", "+15005550001", "From", "+15005550006", "Body", "Bonjour"));

        assertThat(heard).containsExactlyElementsOf(emulator.sent()).hasSize(1);
        emulator.failAllRequests(503, 20503);
        emulator.clear();
        assertThat(emulator.sent()).isEmpty();
        assertThat(post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "Re")).statusCode()).isEqualTo(201);
    }

    @Test
    void the_body_is_not_in_the_string_form_of_a_sent_message() throws Exception {
        post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "code 493817"));

        assertThat(emulator.sent()).singleElement().asString().doesNotContain("493817");
    }

    @Test
    void once_stopped_it_refuses_connections() {
        emulator.stop();

        assertThatThrownBy(() -> post(AUTH_TOKEN, form("To", "+33612345678", "From", "+15005550006", "Body", "Bonjour")))
                .isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> post(String authToken, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(emulator.baseUri().resolve(MESSAGES))
                .header("Authorization", basic(authToken))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> get(String path, String authToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(emulator.baseUri().resolve(path)).header("Authorization", basic(authToken)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static String basic(String authToken) {
        return "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(HttpResponse<String> response) throws IOException {
        return JSON.readValue(response.body(), Map.class);
    }
}
