package org.tdah.assistant.application.sms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;

/**
 * Which usage to add up: one person's or everyone's, in {@code [from, to)}, by UTC day or month,
 * and, for administrators, per person and per number.
 */
public record UsageQuery(Optional<AccountId> person, Instant from, Instant to, Granularity by, boolean perPersonAndNumber) {

    public UsageQuery {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a usage query covers a time range");
        }
    }
}
