package org.tdah.assistant.domain.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The outcome of a permission check. */
public enum Decision {
    ALLOW,
    DENY;

    /** The name clients see and send: {@code allow}, {@code deny}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> fromWireName(String name) {
        return Arrays.stream(values()).filter(decision -> decision.wireName().equals(name)).findFirst();
    }
}
