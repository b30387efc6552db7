package org.tdah.assistant.domain.identity;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** A way a reminder can reach a person; its wire name is what clients see. */
public enum ReminderChannel {
    SMS("sms"),
    EMAIL("email"),
    WEB("web");

    private final String wireName;

    ReminderChannel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ReminderChannel ofWireName(String name) {
        return Arrays.stream(values()).filter(channel -> channel.wireName.equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("reminderChannels", "holds only "
                        + Arrays.stream(values()).map(ReminderChannel::wireName).collect(Collectors.joining(", "))));
    }
}
