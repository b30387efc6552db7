package org.tdah.assistant.adapters.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tdah.assistant.application.assistant.UnderstandingFailedException;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.Intent.NeedsText;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;

/**
 * An {@link Understanding} by a language model behind an OpenAI-compatible chat completions API
 * ({@code POST {baseUrl}/chat/completions}, decision record 0021). The model is told the actions it
 * may propose ({@link IntentReader}) and is given only the message text, the language code, the
 * zone, the local date-time and the kind of a pending question: never an account, an address, a
 * number or a name. Its answer is read as one JSON object and mapped to an {@link Intent}; the
 * model chooses only the intent's own fields (texts, times, the item numbers a person types).
 *
 * <p>Every failure throws {@link UnderstandingFailedException}: no answer within the timeout (the
 * request's own timeout and a hard deadline over the whole exchange), an HTTP status other than
 * 200, a body that is not a chat completion, or content that is not one of the allowed actions with
 * valid fields. Its message names the failure only: it never holds the API key, the person's text
 * or the model's answer. Nothing is logged here. Thread-safe.
 */
public final class ChatCompletionsUnderstanding implements Understanding {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final HttpClient client;
    private final URI endpoint;

    public ChatCompletionsUnderstanding(Settings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    public ChatCompletionsUnderstanding(Settings settings, HttpClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
        this.endpoint = settings.endpoint();
    }

    /**
     * Where the model is and how long it may take. {@code baseUrl} is the API's base
     * ({@code https://api.openai.com/v1}); {@code apiKey} is sent as a bearer token (empty for a
     * local server that needs none) and never appears in {@link #toString()}.
     */
    public record Settings(URI baseUrl, String apiKey, String model, Duration timeout) {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

        public Settings {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(timeout, "timeout");
            String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("the base URL of the language model is an http(s) URL with a host");
            }
            if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
                throw new IllegalArgumentException("the base URL of the language model has no query, fragment or user");
            }
            if (model.isBlank()) {
                throw new IllegalArgumentException("the language model is named");
            }
            if (timeout.toMillis() < 1) {
                throw new IllegalArgumentException("the timeout of the language model is at least one millisecond");
            }
        }

        public Settings(URI baseUrl, String apiKey, String model) {
            this(baseUrl, apiKey, model, DEFAULT_TIMEOUT);
        }

        URI endpoint() {
            String base = baseUrl.toString();
            return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
        }

        @Override
        public String toString() {
            return "Settings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "none" : "redacted")
                    + ", model=" + model + ", timeout=" + timeout + "]";
        }
    }

    @Override
    public Intent understand(Utterance utterance) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(utterance)));
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() != 200) {
            throw new UnderstandingFailedException("the language model answered HTTP " + response.statusCode());
        }
        return IntentReader.read(content(response.body()), utterance.zone());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            pending.cancel(true);
            throw tooSlow();
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnderstandingFailedException("interrupted while waiting for the language model");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw tooSlow();
            }
            if (cause instanceof IOException) {
                throw new UnderstandingFailedException("the language model could not be reached ("
                        + cause.getClass().getSimpleName() + ")", cause);
            }
            throw new UnderstandingFailedException("the request to the language model failed ("
                    + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")");
        }
    }

    private UnderstandingFailedException tooSlow() {
        return new UnderstandingFailedException("the language model did not answer within " + settings.timeout().toMillis()
                + " ms");
    }

    /** The request: the model, no randomness, a JSON object as the answer, the instructions and the context. */
    private String requestBody(Utterance utterance) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("temperature", 0);
        body.putObject("response_format").put("type", "json_object");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", IntentReader.INSTRUCTIONS);
        messages.addObject().put("role", "user").put("content", context(utterance));
        return write(body);
    }

    /** What the model learns: the text, the language, the zone, the local time and a pending question's kind. */
    static String context(Utterance utterance) {
        ObjectNode context = JSON.createObjectNode();
        context.put("message", utterance.text());
        context.put("language", utterance.language().code());
        context.put("zone", utterance.zone().getId());
        context.put("now", LocalDateTime.ofInstant(utterance.at(), utterance.zone()).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        utterance.answering().ifPresent(pending -> context.put("pending", pendingKind(pending)));
        return write(context);
    }

    private static String pendingKind(Intent.Clarify pending) {
        if (pending instanceof NeedsTime) {
            return "needs_time";
        }
        if (pending instanceof NeedsText) {
            return "needs_text";
        }
        throw new IllegalArgumentException("unknown question " + pending.getClass().getSimpleName());
    }

    /** {@code choices[0].message.content} of a chat completion. */
    private static String content(String body) {
        JsonNode completion;
        try {
            completion = JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new UnderstandingFailedException("the language model's answer is not JSON");
        }
        JsonNode content = completion == null ? null : completion.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw new UnderstandingFailedException("the language model's answer is not a chat completion with a content");
        }
        return content.textValue();
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree could not be written", impossible);
        }
    }

    @Override
    public String toString() {
        return "ChatCompletionsUnderstanding[" + settings + "]";
    }
}
