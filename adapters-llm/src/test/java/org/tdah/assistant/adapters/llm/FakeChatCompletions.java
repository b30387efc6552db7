package org.tdah.assistant.adapters.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.domain.identity.Language;

/** A chat completions server played by WireMock, and the answers a model gives on it. */
final class FakeChatCompletions {
    static final String API_KEY = "sk-test-0123456789-secret";
    static final String MODEL = "gpt-test-mini";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 5 January 2027, 15:00 in Paris. */
    static final Instant NOW = Instant.parse("2027-01-05T14:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeChatCompletions() {}

    static ChatCompletionsUnderstanding understanding(WireMockExtension server) {
        return new ChatCompletionsUnderstanding(new ChatCompletionsUnderstanding.Settings(
                URI.create(server.baseUrl() + "/v1"), API_KEY, MODEL));
    }

    static Utterance utterance(String text) {
        return new Utterance(text, Language.EN, PARIS, NOW, Optional.empty());
    }

    /** The model answers {@code content} (the JSON object it was asked for, or anything else). */
    static void answers(WireMockExtension server, String content) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(completion(content))));
    }

    /** The model answers well, but only after {@code millis}. */
    static void answersAfter(WireMockExtension server, String content, int millis) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(completion(content)).withFixedDelay(millis)));
    }

    static void fails(WireMockExtension server, int status) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"no\",\"type\":\"server_error\"}}")));
    }

    static String completion(String content) {
        ObjectNode completion = JSON.createObjectNode();
        completion.put("id", "chatcmpl-1");
        completion.put("object", "chat.completion");
        completion.put("model", MODEL);
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        try {
            return JSON.writeValueAsString(completion);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
