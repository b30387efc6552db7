package org.tdah.assistant.domain.assistant;

import org.tdah.assistant.domain.shared.VisibleText;

/** What a reminder says: 1 to {@value #MAX_CHARACTERS} characters, trimmed, visible. */
public record ReminderText(String value) {
    public static final int MAX_CHARACTERS = 500;

    public ReminderText {
        value = VisibleText.checked("text", value == null ? null : value.strip(), MAX_CHARACTERS);
    }

    @Override
    public String toString() {
        return value;
    }
}
