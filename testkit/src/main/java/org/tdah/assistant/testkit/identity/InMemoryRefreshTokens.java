package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.testkit.shared.Transactional;

/** Refresh tokens held in memory; behaves as {@code RefreshTokensContract} says. */
public final class InMemoryRefreshTokens implements RefreshTokens, Transactional {
    private record Stored(SessionId session, AccountId account, Instant expiresAt, boolean spent, boolean revoked) {}

    private final Map<TokenHash, Stored> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(TokenHash token, SessionId session, AccountId account, Instant issuedAt, Instant expiresAt) {
        tokens.put(token, new Stored(session, account, expiresAt, false, false));
    }

    @Override
    public synchronized Rotation rotate(TokenHash presented, TokenHash replacement, Instant now) {
        Stored stored = tokens.get(presented);
        if (stored == null || stored.revoked() || !now.isBefore(stored.expiresAt())) {
            return new Rotation.Invalid();
        }
        if (stored.spent()) {
            return new Rotation.Reused(stored.session(), stored.account());
        }
        tokens.put(presented, new Stored(stored.session(), stored.account(), stored.expiresAt(), true, false));
        tokens.put(replacement, new Stored(stored.session(), stored.account(), stored.expiresAt(), false, false));
        return new Rotation.Rotated(stored.session(), stored.account());
    }

    @Override
    public synchronized void revokeSession(SessionId session, Instant now) {
        tokens.replaceAll((hash, stored) -> stored.session().equals(session) ? revoked(stored) : stored);
    }

    @Override
    public synchronized void revokeAllOf(AccountId account, SessionId keep, Instant now) {
        tokens.replaceAll((hash, stored) ->
                stored.account().equals(account) && !Objects.equals(stored.session(), keep) ? revoked(stored) : stored);
    }

    private static Stored revoked(Stored stored) {
        return new Stored(stored.session(), stored.account(), stored.expiresAt(), stored.spent(), true);
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
