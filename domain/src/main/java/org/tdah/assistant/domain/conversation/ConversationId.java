package org.tdah.assistant.domain.conversation;

import java.util.Objects;

/** The opaque identity of a conversation (time-ordered, so conversations sort by creation). */
public record ConversationId(String value) {
    public ConversationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a conversation id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
