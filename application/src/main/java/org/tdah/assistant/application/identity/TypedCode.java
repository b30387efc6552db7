package org.tdah.assistant.application.identity;

import org.tdah.assistant.domain.shared.InputCheck;

/** A code a person typed, from an authenticator app or a text message; never printed. */
public record TypedCode(String code) {
    public TypedCode {
        InputCheck check = new InputCheck();
        check.requirePresent("code", code);
        check.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "TypedCode[redacted]";
    }
}
