package org.tdah.assistant.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tdah.assistant.bootstrap.logscan.SecretScan;

/**
 * A plain HTTP client for the running application, as any client of the API would call it. Every
 * answer it receives is checked against the application's own OpenAPI document ({@link OpenApiContract}):
 * an answer the document does not describe fails the test that received it. The secrets it sends and
 * receives (passwords, tokens, codes) are told to the log scan ({@link SecretScan}), which fails the
 * test if one of them is logged.
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body read as JSON when it is JSON. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Reply postJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** A JSON POST with the bearer token; an empty object when the body is null. */
    public Reply postJson(String path, String accessToken, Object body) {
        return send(request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body == null ? Map.of() : body))));
    }

    /** A JSON PATCH with the bearer token. */
    public Reply patchJson(String path, String accessToken, String json) {
        SecretScan.rememberSecretsIn(json);
        return send(request(path).header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON PUT with the bearer token. */
    public Reply putJson(String path, String accessToken, String json) {
        SecretScan.rememberSecretsIn(json);
        return send(request(path).header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A form-encoded POST, as a webhook call comes (unsigned). */
    public Reply postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Reply deleteWithToken(String path, String accessToken) {
        return send(request(path).header("Authorization", "Bearer " + accessToken).DELETE());
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply getWithToken(String path, String accessToken) {
        return send(request(path).header("Authorization", "Bearer " + accessToken).GET());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            SecretScan.rememberSecretsIn(response.body());
            Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
            checkAgainstTheDocument(built, reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails on an answer that the document of the application does not describe. */
    private void checkAgainstTheDocument(HttpRequest request, Reply reply) {
        OpenApiContract.of(baseUrl).ifPresent(contract -> {
            List<String> mismatches = contract.check(request.method(), request.uri().getRawPath(), reply);
            if (!mismatches.isEmpty()) {
                throw new AssertionError("The answer does not match the OpenAPI document:\n" + String.join("\n", mismatches));
            }
        });
    }

    /** Registers an account and logs in; returns the access token. */
    public String registerAndLogIn(String email, String password, String displayName) {
        postJson("/api/v1/auth/register", Map.of("email", email, "password", password, "displayName", displayName));
        return postJson("/api/v1/auth/login", Map.of("email", email, "password", password))
                .json().get("accessToken").asText();
    }

    private static String toJson(Object body) {
        if (body instanceof String raw) {
            SecretScan.rememberSecretsIn(raw);
            return raw;
        }
        try {
            String json = JSON.writeValueAsString(body);
            SecretScan.rememberSecretsIn(json);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
