package org.tdah.assistant.application.sms;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;

/**
 * The texts of one period and direction added up (and of one person and number, when asked per
 * person and number): {@code estimated} when any of them is not priced by the provider yet.
 *
 * @param period {@code 2026-12-01} by day, {@code 2026-12} by month (UTC)
 */
public record UsageLine(String period, SmsDirection direction, Optional<AccountId> person,
        Optional<PhoneNumber> ourNumber, long messages, long segments, BigDecimal cost, String currency,
        boolean estimated) {
    public UsageLine {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(ourNumber, "ourNumber");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(currency, "currency");
    }
}
