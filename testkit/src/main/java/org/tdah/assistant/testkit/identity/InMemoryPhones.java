package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/** Verified phones in a map. */
public final class InMemoryPhones implements Phones, Transactional {
    private final Map<AccountId, VerifiedPhone> phones = new ConcurrentHashMap<>();

    @Override
    public Optional<VerifiedPhone> of(AccountId account) {
        return Optional.ofNullable(phones.get(account));
    }

    @Override
    public Optional<AccountId> ownerOf(PhoneNumber number) {
        return phones.entrySet().stream()
                .filter(entry -> entry.getValue().number().equals(number))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized boolean saveVerified(AccountId account, PhoneNumber number, boolean smsSecondFactor, Instant at) {
        if (ownerOf(number).filter(owner -> !owner.equals(account)).isPresent()) {
            return false;
        }
        phones.put(account, new VerifiedPhone(number, at, smsSecondFactor));
        return true;
    }

    @Override
    public void disableSmsSecondFactor(AccountId account) {
        phones.computeIfPresent(account, (id, phone) -> new VerifiedPhone(phone.number(), phone.verifiedAt(), false));
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot phonesCopy = Transactional.copyOf(phones);
        return () -> {
            synchronized (this) {
                phonesCopy.restore();
            }
        };
    }
}
