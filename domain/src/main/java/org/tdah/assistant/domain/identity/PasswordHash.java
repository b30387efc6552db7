package org.tdah.assistant.domain.identity;

import java.util.Objects;

/**
 * A password hash in the encoded form of its algorithm (for bcrypt, {@code $2a$12$...}). It is a
 * secret too: its {@code toString} never shows it.
 */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
