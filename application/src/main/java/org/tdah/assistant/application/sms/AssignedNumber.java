package org.tdah.assistant.application.sms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The number a person texts their assistant at: one they own ({@link NumberMode#DEDICATED}, bought
 * at the provider under {@code providerSid}) or the shared one ({@link NumberMode#SHARED}, no
 * provider id of ours to release). A person has at most one active number; an active dedicated
 * number belongs to one person. Released numbers are kept, for usage and cost.
 *
 * @param country ISO 3166-1 alpha-2 country of the number, e.g. {@code US}
 */
public record AssignedNumber(NumberId id, AccountId owner, PhoneNumber phoneNumber, NumberMode mode,
        Optional<String> providerSid, String country, Instant createdAt, Optional<Instant> releasedAt) {
    public AssignedNumber {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(providerSid, "providerSid");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(releasedAt, "releasedAt");
        if (mode == NumberMode.DEDICATED && providerSid.isEmpty()) {
            throw new IllegalArgumentException("a dedicated number has the provider's id");
        }
    }

    public boolean active() {
        return releasedAt.isEmpty();
    }

    public AssignedNumber releasedAt(Instant at) {
        return new AssignedNumber(id, owner, phoneNumber, mode, providerSid, country, createdAt, Optional.of(at));
    }
}
