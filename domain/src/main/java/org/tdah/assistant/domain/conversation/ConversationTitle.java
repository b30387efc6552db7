package org.tdah.assistant.domain.conversation;

import org.tdah.assistant.domain.shared.VisibleText;

/** What a person calls a conversation: 1 to {@value #MAX_CHARACTERS} characters, trimmed, visible. */
public record ConversationTitle(String value) {
    public static final int MAX_CHARACTERS = 200;

    public ConversationTitle {
        value = VisibleText.checked("title", value == null ? null : value.strip(), MAX_CHARACTERS);
    }
}
