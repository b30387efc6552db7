package org.tdah.assistant.testkit.identity;

import java.time.Duration;
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
    /** {@code replacement} is kept (in memory only) while a replay within the grace window may ask for it. */
    private record Stored(SessionId session, AccountId account, Instant expiresAt, Instant spentAt,
            TokenHash replacedBy, String replacement, boolean revoked) {
        boolean spent() {
            return spentAt != null;
        }
    }

    private final Map<TokenHash, Stored> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(TokenHash token, SessionId session, AccountId account, Instant issuedAt, Instant expiresAt) {
        tokens.put(token, new Stored(session, account, expiresAt, null, null, null, false));
    }

    @Override
    public synchronized Rotation rotate(TokenHash presented, String replacement, Instant now, Duration grace) {
        forgetReplacementsOlderThan(now.minus(grace));
        Stored stored = tokens.get(presented);
        if (stored == null || stored.revoked() || !now.isBefore(stored.expiresAt())) {
            return new Rotation.Invalid();
        }
        if (stored.spent()) {
            Stored next = stored.replacedBy() == null ? null : tokens.get(stored.replacedBy());
            boolean withinGrace = stored.replacement() != null && now.isBefore(stored.spentAt().plus(grace));
            if (withinGrace && next != null && !next.spent() && !next.revoked()) {
                return new Rotation.Rotated(stored.session(), stored.account(), stored.replacement(), true);
            }
            return new Rotation.Reused(stored.session(), stored.account());
        }
        TokenHash replacementHash = TokenHash.of(replacement);
        tokens.put(presented, new Stored(stored.session(), stored.account(), stored.expiresAt(), now,
                replacementHash, grace.isZero() ? null : replacement, false));
        tokens.put(replacementHash, new Stored(stored.session(), stored.account(), stored.expiresAt(), null, null, null, false));
        return new Rotation.Rotated(stored.session(), stored.account(), replacement, false);
    }

    private void forgetReplacementsOlderThan(Instant cutoff) {
        tokens.replaceAll((hash, stored) -> stored.replacement() != null && !stored.spentAt().isAfter(cutoff)
                ? new Stored(stored.session(), stored.account(), stored.expiresAt(), stored.spentAt(),
                        stored.replacedBy(), null, stored.revoked())
                : stored);
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
        return new Stored(stored.session(), stored.account(), stored.expiresAt(), stored.spentAt(),
                stored.replacedBy(), null, true);
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
