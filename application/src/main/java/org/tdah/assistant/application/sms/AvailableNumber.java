package org.tdah.assistant.application.sms;

import java.util.Objects;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** A number the SMS provider offers for sale now, in a country (ISO 3166-1 alpha-2, e.g. {@code US}). */
public record AvailableNumber(PhoneNumber phoneNumber, String country) {
    public AvailableNumber {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(country, "country");
    }
}
