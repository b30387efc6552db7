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
}
