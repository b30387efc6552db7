package org.tdah.assistant.application.sms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one message cost us, as the SMS provider finally priced it: a positive (or zero) amount in
 * {@code currency} (ISO 4217, e.g. {@code USD}) for its {@code segments} SMS parts. Twilio reports
 * prices as negative numbers (money taken from the account); adapters turn them into costs.
 */
public record MessagePrice(BigDecimal price, String currency, int segments) {
    public MessagePrice {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("a price is what the message cost, not negative");
        }
        if (segments < 1) {
            throw new IllegalArgumentException("a message has at least one segment");
        }
    }
}
