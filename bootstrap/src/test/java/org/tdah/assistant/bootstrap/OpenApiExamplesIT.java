package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

/**
 * The examples in the document run: each operation's request example is sent to the running
 * application, by a fresh person (an administrator for {@code /admin}), and gets the status its
 * example documents. The example's person ({@code sam@example.org}) is played by that fresh person;
 * path parameters and the placeholders ({@code <refreshToken>}, {@code <emailToken>},
 * {@code <signature>} ...) are filled from what the test makes through the API for that operation.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiExamplesIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("<(\\w+)>");
    private static final String EXAMPLE_EMAIL = "sam@example.org";

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);
    private final Texters texters = new Texters(api, people, MAIL);

    @Test
    void every_request_example_gets_the_status_its_example_documents() throws Exception {
        JsonNode document = api.get("/api/v1/openapi.json").json();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                String expected = operation.path("x-example-status").asText();
                assertThat(expected).as(operation.path("operationId").asText() + " has an example").isNotEmpty();
                int status = run(path.getKey(), method.getKey().toUpperCase(Locale.ROOT), operation);
                sent++;
                if (status != Integer.parseInt(expected)) {
                    failures.add(operation.path("operationId").asText() + ": " + method.getKey().toUpperCase(Locale.ROOT)
                            + " " + path.getKey() + " answered " + status + ", its example documents " + expected);
                }
            }
        }
        assertThat(sent).isGreaterThan(70);
        assertThat(failures).isEmpty();
    }

    /** Sends the operation's example as its caller and answers the status it got. */
    private int run(String template, String method, JsonNode operation) throws Exception {
        Scene scene = new Scene(template.startsWith("/api/v1/admin"), operation.path("operationId").asText());
        if (scene.operationId.equals("totpQrCode")) {
            scene.value("totpCode"); // the QR code is that of a setup started
        }
        String path = template;
        StringJoiner query = new StringJoiner("&");
        Map<String, String> headers = new HashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.has("example")) {
                continue;
            }
            String value = scene.fill(parameter.get("example")).asText();
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + parameter.path("name").asText() + "}", value);
                case "query" -> query.add(parameter.path("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                case "header" -> headers.put(parameter.path("name").asText(), value);
                default -> { }
            }
        }
        String target = path + (query.length() == 0 ? "" : "?" + query);
        HttpRequest.Builder request = api.request(target);
        if (operation.path("security").toString().contains("bearerAuth")) {
            request.header("Authorization", "Bearer " + scene.caller().token());
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode example = content.path("application/json").path("example");
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(example.isMissingNode() ? "{}" : scene.fill(example).toString());
        } else if (content.has("application/x-www-form-urlencoded")) {
            Map<String, String> form = new TreeMap<>();
            scene.fill(content.path("application/x-www-form-urlencoded").path("example")).fields()
                    .forEachRemaining(field -> form.put(field.getKey(), field.getValue().asText()));
            String signedPath = path;
            headers.replaceAll((name, value) -> value.equals("<signature>") ? signature(signedPath, form) : value);
            request.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(Texters.form(form));
        }
        headers.forEach(request::header);
        request.method(method, body);
        if (operation.path("responses").path("200").path("content").has("text/event-stream")) {
            HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            stream.body().close();
            return stream.statusCode();
        }
        return api.send(request).status();
    }

    /** Twilio's signature: HMAC-SHA1 of the public URL and the sorted parameters, with the auth token. */
    private static String signature(String path, Map<String, String> form) {
        StringBuilder signed = new StringBuilder(APP.getConfiguration().publicBaseUrl + path);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TestTwilio.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one operation's example needs, made on first use: its caller and the values of its placeholders. */
    private final class Scene {
        private final boolean administration;
        private final String operationId;
        private final Map<String, String> values = new HashMap<>();
        private People.Person caller;
        private String totpSecret;
        private String phone;

        Scene(boolean administration, String operationId) {
            this.administration = administration;
            this.operationId = operationId;
        }

        People.Person caller() {
            if (caller == null) {
                caller = administration ? people.administrator()
                        : operationId.contains("Number") ? people.premium() : people.person();
                if (operationId.equals("provisionNumber")) {
                    texters.texter(caller);
                }
            }
            return caller;
        }

        JsonNode fill(JsonNode example) {
            if (example.isTextual()) {
                String text = example.asText();
                if (text.equals(EXAMPLE_EMAIL)) {
                    return new TextNode(operationId.equals("register") ? "sam-" + java.util.UUID.randomUUID() + "@example.org"
                            : caller().email());
                }
                Matcher placeholder = PLACEHOLDER.matcher(text);
                return placeholder.matches() ? new TextNode(value(placeholder.group(1))) : example;
            }
            if (example.isObject()) {
                ObjectNode filled = JSON.createObjectNode();
                example.fields().forEachRemaining(field -> filled.set(field.getKey(), fill(field.getValue())));
                return filled;
            }
            return example;
        }

        private String value(String name) {
            return values.computeIfAbsent(name, key -> make(key).get());
        }

        private Supplier<String> make(String name) {
            return switch (name) {
                case "signature" -> () -> "<signature>";
                case "refreshToken" -> () -> logIn().get("refreshToken").asText();
                case "mfaToken" -> () -> {
                    people.enrolAuthenticator(caller());
                    return logIn().get("mfaToken").asText();
                };
                case "emailToken" -> () -> Mailboxes.awaitCode(MAIL, caller().email(), "Confirm your email address", 1);
                case "totpCode" -> () -> {
                    totpSecret = api.postJson("/api/v1/mfa/totp/setup", caller().token(), null).json().get("secret").asText();
                    return ReferenceTotp.code(totpSecret, TotpPolicy.stepAt(Instant.now()));
                };
                case "phone" -> () -> phone();
                case "smsCode" -> () -> {
                    String number = phone();
                    assertThat(api.postJson("/api/v1/users/me/phone", caller().token(), Map.of("phone", number)).status())
                            .isEqualTo(202);
                    return TestTwilio.lastCodeSentTo(number);
                };
                case "otherSessionId" -> () -> {
                    logIn();
                    for (JsonNode session : api.getWithToken("/api/v1/sessions", caller().token()).json().path("items")) {
                        if (!session.path("current").asBoolean()) {
                            return session.path("id").asText();
                        }
                    }
                    throw new IllegalStateException("no other session");
                };
                case "accountId" -> () -> people.person().id();
                case "conversationId" -> () -> created("/api/v1/conversations", Map.of("title", "Examples"));
                case "messageId" -> () -> created("/api/v1/conversations/" + value("conversationId") + "/messages",
                        Map.of("body", "hello"));
                case "taskId" -> () -> created("/api/v1/tasks", Map.of("title", "Call the dentist"));
                case "reminderId" -> () -> created("/api/v1/reminders", Map.of("text", "Take the pills",
                        "dueAt", "2030-01-06T08:00:00Z", "recurrence", "FREQ=DAILY", "timezone", "Europe/Paris"));
                case "numberId" -> () -> {
                    People.Person owner = people.premium();
                    texters.texter(owner);
                    ApiClient.Reply number = api.postJson("/api/v1/phone-numbers", owner.token(), Map.of("areaCode", "415"));
                    assertThat(number.status()).as(number.body()).isEqualTo(201);
                    if (!administration) {
                        caller = owner;
                    }
                    return number.json().get("id").asText();
                };
                default -> throw new IllegalStateException("no way to make <" + name + "> for " + operationId);
            };
        }

        private String phone() {
            if (phone == null) {
                phone = Texters.aPhone();
            }
            return phone;
        }

        private JsonNode logIn() {
            return api.postJson("/api/v1/auth/login", Map.of("email", caller().email(), "password", People.PASSWORD)).json();
        }

        private String created(String path, Map<String, ?> body) {
            ApiClient.Reply reply = api.postJson(path, caller().token(), body);
            assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(201);
            return reply.json().get("id").asText();
        }
    }
}
