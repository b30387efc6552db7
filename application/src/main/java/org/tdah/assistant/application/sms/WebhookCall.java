package org.tdah.assistant.application.sms;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call the SMS provider made to one of our webhooks, as it came: the public URL it called (the
 * one it signed: our public base URL and the path, query included), its form parameters and its
 * signature header, if any.
 */
public record WebhookCall(String url, Map<String, String> parameters, Optional<String> signature) {
    public WebhookCall {
        Objects.requireNonNull(url, "url");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(signature, "signature");
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
