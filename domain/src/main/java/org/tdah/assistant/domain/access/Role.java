package org.tdah.assistant.domain.access;

/**
 * What an account may do, ordered from least to most privileged: each role includes the rights
 * of the roles before it.
 */
public enum Role {
    USER,
    PREMIUM,
    ADMINISTRATOR;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The name clients see and send: {@code user}, {@code premium}, {@code administrator}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The role of this wire name, or empty when there is none. */
    public static java.util.Optional<Role> fromWireName(String name) {
        return java.util.Arrays.stream(values()).filter(role -> role.wireName().equals(name)).findFirst();
    }
}
