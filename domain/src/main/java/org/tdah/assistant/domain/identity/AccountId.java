package org.tdah.assistant.domain.identity;

import java.util.Objects;

/** The opaque, immutable identity of an account. Never derived from the email address. */
public record AccountId(String value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an account id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
