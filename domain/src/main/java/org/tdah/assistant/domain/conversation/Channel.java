package org.tdah.assistant.domain.conversation;

import java.util.Arrays;

/** Where a conversation takes place, and where a message came through; the wire name is what clients see. */
public enum Channel {
    WEB("web"),
    SMS("sms");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Channel ofWireName(String name) {
        return Arrays.stream(values()).filter(channel -> channel.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + name));
    }
}
