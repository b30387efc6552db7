package org.tdah.assistant.domain.conversation;

import java.util.Arrays;

/** Who wrote a message: the person, their assistant, or the system itself. */
public enum Author {
    USER("user"),
    ASSISTANT("assistant"),
    SYSTEM("system");

    private final String wireName;

    Author(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Author ofWireName(String name) {
        return Arrays.stream(values()).filter(author -> author.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no author " + name));
    }
}
