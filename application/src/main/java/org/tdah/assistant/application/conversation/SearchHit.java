package org.tdah.assistant.application.conversation;

import java.util.Objects;
import org.tdah.assistant.domain.conversation.Message;

/**
 * A message that matched a search, how well (the rank, higher is better) and a short extract of it
 * with the matching words highlighted (see {@link Snippet}).
 */
public record SearchHit(Message message, float rank, String snippet) {
    public SearchHit {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(snippet, "snippet");
    }

    public SearchPosition position() {
        return new SearchPosition(rank, message.id());
    }
}
