package org.tdah.assistant.application.conversation;

import java.util.Objects;
import org.tdah.assistant.domain.conversation.MessageId;

/** Where a hit sits in the order of a search: by rank, best first, then by message id, newest first. */
public record SearchPosition(float rank, MessageId message) {
    public SearchPosition {
        Objects.requireNonNull(message, "message");
    }
}
