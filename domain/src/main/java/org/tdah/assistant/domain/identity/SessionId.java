package org.tdah.assistant.domain.identity;

import java.util.Objects;

/**
 * One login: the {@code sid} of its access tokens and the family of its refresh tokens. Ending the
 * session ends both.
 */
public record SessionId(String value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a session id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
