package org.tdah.assistant.application.identity.phone;

import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** A number typed by the person; printed masked. */
public record PhoneCommand(PhoneNumber phone) {
    public static PhoneCommand of(String raw) {
        InputCheck check = new InputCheck();
        PhoneNumber phone = check.require("phone", raw, PhoneNumber::parse);
        check.throwIfInvalid();
        return new PhoneCommand(phone);
    }

    @Override
    public String toString() {
        return "PhoneCommand[phone=" + phone.masked() + "]";
    }
}
