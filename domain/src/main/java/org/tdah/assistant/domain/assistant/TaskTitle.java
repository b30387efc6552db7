package org.tdah.assistant.domain.assistant;

import org.tdah.assistant.domain.shared.VisibleText;

/** What a task says: 1 to {@value #MAX_CHARACTERS} characters, trimmed, visible. */
public record TaskTitle(String value) {
    public static final int MAX_CHARACTERS = 500;

    public TaskTitle {
        value = VisibleText.checked("title", value == null ? null : value.strip(), MAX_CHARACTERS);
    }

    @Override
    public String toString() {
        return value;
    }
}
