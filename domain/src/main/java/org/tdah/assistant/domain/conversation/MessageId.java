package org.tdah.assistant.domain.conversation;

import java.util.Objects;

/** The opaque identity of a message (time-ordered: the order of its ids is the order of the messages). */
public record MessageId(String value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a message id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
