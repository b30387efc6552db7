package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The conventions every response keeps (../shared/API.md): problem+json for every error, including
 * Jersey's own; a request id on every response; nothing internal in any body.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class HttpConventionsIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final List<ApiClient.Reply> ERRORS_SEEN = new ArrayList<>();

    private final ApiClient api = TestApplication.api(APP);

    private ApiClient.Reply problem(ApiClient.Reply reply, int status, String typeSuffix) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("type").asText()).isEqualTo("https://assistant.tdah.org/problems/" + typeSuffix);
        assertThat(reply.json().get("title").asText()).isNotBlank();
        assertThat(reply.json().get("requestId").asText()).isEqualTo(reply.header("X-Request-Id"));
        ERRORS_SEEN.add(reply);
        return reply;
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        problem(api.get("/api/v1/no-such-thing"), 404, "not-found");
        // "/" and the pages are the web app's (WebAppServingIT); a file it does not have is a 404 problem
        problem(api.get("/no-such-file.txt"), 404, "not-found");
    }

    @Test
    void a_wrong_method_is_a_405_problem_that_keeps_the_allow_header() {
        ApiClient.Reply reply = problem(api.send(api.request("/api/v1/auth/login").DELETE()), 405, "method-not-allowed");

        assertThat(reply.header("Allow")).contains("POST");
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        problem(api.send(api.request("/api/v1/auth/login").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=sam"))), 415, "unsupported-media-type");
    }

    @Test
    void malformed_json_and_wrong_types_are_400_problems_that_name_the_field_but_no_class() {
        problem(api.postJson("/api/v1/auth/login", "{\"email\": "), 400, "malformed-request");
        ApiClient.Reply wrongType = problem(
                api.postJson("/api/v1/auth/login", "{\"email\": {\"nested\": true}, \"password\": \"x\"}"),
                400, "malformed-request");

        assertThat(wrongType.json().get("detail").asText()).contains("'email'");
    }

    @Test
    void a_declared_length_over_one_mebibyte_is_a_413_problem_before_any_byte_of_the_body_is_read()
            throws Exception {
        // Only the headers are sent: the answer cannot depend on reading the body.
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readUntilTheProblemTypeArrives(socket);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("https://assistant.tdah.org/problems/payload-too-large");
        }
    }

    @Test
    void a_request_refused_before_its_body_arrived_leaves_the_connection_open_for_the_next_one() throws Exception {
        // As the JDK client sends a POST: the headers first, the body a moment later. Refused without
        // reading the body, the connection would be closed after the 401, under a client that reuses it.
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/users/me/password HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String refused = readOneResponse(socket);
            assertThat(refused).startsWith("HTTP/1.1 401").doesNotContainIgnoringCase("connection: close");

            out.write("GET /.well-known/jwks.json HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readOneResponse(socket)).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void a_body_its_resource_does_not_read_leaves_the_connection_open_for_the_next_request() throws Exception {
        // A client may send a body (here {}) to a route that takes none: the body arrives after the
        // headers, the answer is ready before it. Unread, the connection would be closed after the answer.
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("GET /.well-known/jwks.json HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readOneResponse(socket)).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("connection: close");

            out.write("GET /.well-known/jwks.json HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readOneResponse(socket)).startsWith("HTTP/1.1 200");
        }
    }

    /** One response with a Content-Length body, read from the socket to its last byte. */
    private static String readOneResponse(Socket socket) throws java.io.IOException {
        var in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return head.toString();
            }
            head.append((char) next);
        }
        var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        byte[] body = in.readNBytes(bodyLength);
        return head + new String(body, StandardCharsets.UTF_8);
    }

    private static String readUntilTheProblemTypeArrives(Socket socket) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!answer.toString().contains("payload-too-large") && (read = socket.getInputStream().read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    @Test
    void a_streamed_body_over_one_mebibyte_is_a_413_problem() {
        byte[] large = ("{\"email\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        problem(api.send(api.request("/api/v1/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))),
                413, "payload-too-large");
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String padding = " ".repeat(1024 * 1024 - 100);
        ApiClient.Reply reply = api.postJson("/api/v1/auth/login",
                "{\"email\":\"nobody@example.org\",\"password\":\"whatever it is\"}" + padding);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void validation_failures_are_422_problems_with_errors() {
        ApiClient.Reply reply = problem(api.postJson("/api/v1/auth/register", Map.of("email", "x")), 422, "validation-failed");

        assertThat(reply.json().get("errors").isArray()).isTrue();
    }

    @Test
    void every_response_carries_a_request_id_echoing_a_well_formed_one_and_replacing_others() {
        assertThat(api.get("/.well-known/jwks.json").header("X-Request-Id")).isNotBlank();
        assertThat(api.send(api.request("/api/v1/nothing").header("X-Request-Id", "client-chosen-42").GET())
                .header("X-Request-Id")).isEqualTo("client-chosen-42");
        String unsafe = "evil value with spaces\tand tabs";
        assertThat(api.send(api.request("/api/v1/nothing").header("X-Request-Id", unsafe).GET())
                .header("X-Request-Id")).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}");
        assertThat(TestApplication.admin(APP).get("/healthcheck").header("X-Request-Id")).isNotBlank();
    }

    @Test
    void the_admin_health_check_reports_the_database_redis_and_the_sms_provider_separately() {
        ApiClient.Reply health = TestApplication.admin(APP).get("/healthcheck");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("database").get("healthy").asBoolean()).isTrue();
        assertThat(health.json().get("redis").get("healthy").asBoolean()).isTrue();
        assertThat(health.json().get("sms").get("healthy").asBoolean()).isTrue();
    }

    @Test
    void readiness_asks_only_what_the_process_cannot_serve_without() {
        ApiClient.Reply ready = TestApplication.admin(APP).get("/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().fieldNames()).toIterable().containsExactlyInAnyOrder("database", "redis");
        assertThat(ready.json().get("database").get("healthy").asBoolean()).isTrue();
        assertThat(ready.json().get("redis").get("healthy").asBoolean()).isTrue();
    }

    @AfterAll
    static void no_error_body_reveals_internals() {
        assertThat(ERRORS_SEEN).isNotEmpty();
        for (ApiClient.Reply reply : ERRORS_SEEN) {
            assertThat(reply.body())
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("org.tdah", "com.fasterxml", "jakarta.", "java.", "\tat ", "SELECT", "jdbc:");
        }
    }
}
