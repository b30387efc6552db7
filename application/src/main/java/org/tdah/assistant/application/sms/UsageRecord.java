package org.tdah.assistant.application.sms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;

/**
 * One text in or out of one of our numbers, as usage: its segments and cost, estimated from our
 * price table until the provider prices it ({@code estimated} false from then on).
 *
 * @param person whose text it was, when it was one of our people's
 * @param providerSid the provider's id of the text ({@code SM...})
 * @param errorCode the provider's error code of a failed or undelivered text
 */
public record UsageRecord(String id, Optional<AccountId> person, PhoneNumber ourNumber, SmsDirection direction,
        String providerSid, int segments, BigDecimal cost, String currency, boolean estimated, DeliveryStatus status,
        Optional<String> errorCode, Instant at) {
    public UsageRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(ourNumber, "ourNumber");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(providerSid, "providerSid");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(at, "at");
        if (segments < 1) {
            throw new IllegalArgumentException("a text has at least one segment");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("a cost is not negative");
        }
    }
}
