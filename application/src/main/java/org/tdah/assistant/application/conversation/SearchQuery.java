package org.tdah.assistant.application.conversation;

import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * What a person searches their messages for, as typed into a search box: words, "quoted
 * phrases", {@code -excluded} words and {@code or}; no syntax is ever an error. 1 to
 * {@value #MAX_CHARACTERS} characters, not blank.
 */
public record SearchQuery(String text) {
    public static final int MAX_CHARACTERS = 200;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("q", "is required");
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            throw InvalidInputException.of("q", "is at most " + MAX_CHARACTERS + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw InvalidInputException.of("q", "must not contain NUL characters");
        }
    }
}
