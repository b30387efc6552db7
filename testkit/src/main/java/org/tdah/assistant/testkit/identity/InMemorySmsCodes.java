package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/** SMS codes in a map, one per account and purpose. */
public final class InMemorySmsCodes implements SmsCodes, Transactional {
    private record Key(AccountId account, SmsCodePurpose purpose) {}

    private record Stored(PhoneNumber phone, TokenHash hash, int failures, Instant expiresAt, boolean used) {}

    private final Map<Key, Stored> codes = new ConcurrentHashMap<>();

    @Override
    public void issue(AccountId account, SmsCodePurpose purpose, PhoneNumber phone, TokenHash codeHash, Instant expiresAt) {
        codes.put(new Key(account, purpose), new Stored(phone, codeHash, 0, expiresAt, false));
    }

    @Override
    public Optional<PendingCode> pending(AccountId account, SmsCodePurpose purpose, Instant now) {
        return Optional.ofNullable(codes.get(new Key(account, purpose)))
                .filter(code -> !code.used() && now.isBefore(code.expiresAt()))
                .map(code -> new PendingCode(code.phone(), code.hash(), code.failures(), code.expiresAt()));
    }

    @Override
    public synchronized Optional<PendingCode> countAttempt(
            AccountId account, SmsCodePurpose purpose, Instant now, int maxAttempts) {
        Key key = new Key(account, purpose);
        Optional<PendingCode> pending = pending(account, purpose, now).filter(code -> code.failedAttempts() < maxAttempts);
        pending.ifPresent(code -> codes.computeIfPresent(key, (k, stored) ->
                new Stored(stored.phone(), stored.hash(), stored.failures() + 1, stored.expiresAt(), stored.used())));
        return pending.map(code -> new PendingCode(code.phone(), code.codeHash(), code.failedAttempts() + 1, code.expiresAt()));
    }

    @Override
    public synchronized boolean use(AccountId account, SmsCodePurpose purpose, TokenHash codeHash, Instant now) {
        Key key = new Key(account, purpose);
        Stored code = codes.get(key);
        if (code == null || code.used() || !now.isBefore(code.expiresAt()) || !code.hash().equals(codeHash)) {
            return false;
        }
        codes.put(key, new Stored(code.phone(), code.hash(), code.failures(), code.expiresAt(), true));
        return true;
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot codesCopy = Transactional.copyOf(codes);
        return () -> {
            synchronized (this) {
                codesCopy.restore();
            }
        };
    }
}
