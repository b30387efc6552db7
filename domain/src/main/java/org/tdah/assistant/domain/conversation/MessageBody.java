package org.tdah.assistant.domain.conversation;

import org.tdah.assistant.domain.shared.VisibleText;

/**
 * What a message says: any Unicode text of 1 to {@value #MAX_CHARACTERS} characters (code points,
 * so an emoji counts once) with at least one visible character; kept exactly as written.
 */
public record MessageBody(String value) {
    public static final int MAX_CHARACTERS = 4000;

    public MessageBody {
        VisibleText.checked("body", value, MAX_CHARACTERS);
    }

    @Override
    public String toString() {
        return "MessageBody[" + value.codePointCount(0, value.length()) + " characters]";
    }
}
