package org.tdah.assistant.application.live;

import java.util.Objects;

/**
 * Something that changed for a person, as their open apps receive it: its position in the person's
 * stream, its type ({@code message.created}, {@code conversation.changed}...) and the JSON of the
 * resource, rendered by the context that produced it exactly as its API shows that resource.
 */
public record LiveEvent(LiveEventPosition position, String type, String json) {
    public LiveEvent {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
    }
}
