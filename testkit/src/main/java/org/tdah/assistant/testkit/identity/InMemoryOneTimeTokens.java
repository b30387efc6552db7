package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.testkit.shared.Transactional;

/** One-time tokens held in memory; behaves as {@code OneTimeTokensContract} says. */
public final class InMemoryOneTimeTokens implements OneTimeTokens, Transactional {
    private record Stored(TokenPurpose purpose, AccountId account, Instant expiresAt, boolean used) {}

    private final Map<TokenHash, Stored> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(TokenHash token, TokenPurpose purpose, AccountId account, Instant expiresAt) {
        tokens.put(token, new Stored(purpose, account, expiresAt, false));
    }

    @Override
    public Optional<AccountId> findUsable(TokenHash token, TokenPurpose purpose, Instant now) {
        return Optional.ofNullable(tokens.get(token))
                .filter(stored -> isUsable(stored, purpose, now))
                .map(Stored::account);
    }

    @Override
    public synchronized boolean use(TokenHash token, TokenPurpose purpose, Instant now) {
        Stored stored = tokens.get(token);
        if (stored == null || !isUsable(stored, purpose, now)) {
            return false;
        }
        tokens.put(token, new Stored(stored.purpose(), stored.account(), stored.expiresAt(), true));
        return true;
    }

    @Override
    public synchronized void revokeAll(AccountId account, TokenPurpose purpose, Instant now) {
        tokens.replaceAll((hash, stored) -> stored.account().equals(account) && stored.purpose() == purpose
                ? new Stored(stored.purpose(), stored.account(), stored.expiresAt(), true)
                : stored);
    }

    private static boolean isUsable(Stored stored, TokenPurpose purpose, Instant now) {
        return stored.purpose() == purpose && !stored.used() && now.isBefore(stored.expiresAt());
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot tokensCopy = Transactional.copyOf(tokens);
        return () -> {
            synchronized (this) {
                tokensCopy.restore();
            }
        };
    }
}
