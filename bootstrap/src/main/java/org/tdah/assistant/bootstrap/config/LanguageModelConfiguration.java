package org.tdah.assistant.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import org.tdah.assistant.adapters.llm.ChatCompletionsUnderstanding;
import org.tdah.assistant.application.assistant.port.Understanding;

/**
 * The optional language model that reads free-form messages (decision record 0021): an
 * OpenAI-compatible chat completions API at {@code url} ({@code ASSISTANT_LLM_URL}, e.g.
 * {@code https://api.openai.com/v1}; empty turns the model off and the rules answer alone), its
 * {@code apiKey} ({@code ASSISTANT_LLM_API_KEY}, never printed) and {@code model}
 * ({@code ASSISTANT_LLM_MODEL}). A model slower than {@code timeout} (2 seconds unless set) is
 * not waited for.
 */
public class LanguageModelConfiguration {
    /** The API's base URL; empty for no model. */
    @JsonProperty
    public String url;

    @JsonProperty
    public String apiKey;

    @JsonProperty
    public String model;

    @NotNull
    @JsonProperty
    public Duration timeout = Duration.seconds(2);

    /** Whether a model is configured. */
    public boolean isEnabled() {
        return url != null && !url.isBlank();
    }

    /**
     * The model's understanding when a URL is set, to be placed behind the rules
     * ({@code Understandings.rulesFirst(model)}); empty when none is. Fails at start on a URL that is not
     * http(s), or on a URL without a model name.
     */
    public Optional<Understanding> understanding() {
        if (!isEnabled()) {
            return Optional.empty();
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("languageModel.model is required when languageModel.url is set");
        }
        ChatCompletionsUnderstanding.Settings settings = new ChatCompletionsUnderstanding.Settings(
                URI.create(url.strip()), apiKey == null ? "" : apiKey, model.strip(),
                java.time.Duration.ofMillis(timeout.toMilliseconds()));
        return Optional.of(new ChatCompletionsUnderstanding(settings));
    }

    @Override
    public String toString() {
        return "LanguageModel[url=" + url + ", model=" + model + ", timeout=" + timeout + "]";
    }
}
