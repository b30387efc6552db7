package org.tdah.assistant.adapters.persistence.identity;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Refresh tokens in the {@code refresh_tokens} table, by hash. A rotation locks the presented
 * row ({@code SELECT ... FOR UPDATE}), so of two concurrent rotations of one token the second
 * waits and then sees it spent.
 */
public final class JdbiRefreshTokens implements RefreshTokens {
    private final PostgresDatabase database;

    public JdbiRefreshTokens(PostgresDatabase database) {
        this.database = database;
    }

    private record Stored(String session, String account, Instant expiresAt, Instant spentAt, Instant revokedAt) {}

    @Override
    public void add(TokenHash token, SessionId session, AccountId account, Instant issuedAt, Instant expiresAt) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO refresh_tokens (token_hash, session_id, account_id, issued_at, expires_at)
                        VALUES (:hash, :session, :account, :issuedAt, :expiresAt)""")
                .bind("hash", token.hex())
                .bind("session", session.value())
                .bind("account", account.value())
                .bind("issuedAt", Timestamps.utc(issuedAt))
                .bind("expiresAt", Timestamps.utc(expiresAt))
                .execute());
    }

    @Override
    public Rotation rotate(TokenHash presented, TokenHash replacement, Instant now) {
        return database.inTransaction(handle -> {
            Optional<Stored> found = handle.createQuery("""
                            SELECT session_id, account_id, expires_at, spent_at, revoked_at
                            FROM refresh_tokens WHERE token_hash = :hash FOR UPDATE""")
                    .bind("hash", presented.hex())
                    .map((row, context) -> new Stored(
                            row.getString("session_id"),
                            row.getString("account_id"),
                            Timestamps.instant(row, "expires_at"),
                            Timestamps.instant(row, "spent_at"),
                            Timestamps.instant(row, "revoked_at")))
                    .findOne();
            if (found.isEmpty() || found.get().revokedAt() != null || !now.isBefore(found.get().expiresAt())) {
                return new Rotation.Invalid();
            }
            Stored stored = found.get();
            SessionId session = new SessionId(stored.session());
            AccountId account = new AccountId(stored.account());
            if (stored.spentAt() != null) {
                return new Rotation.Reused(session, account);
            }
            handle.createUpdate("UPDATE refresh_tokens SET spent_at = :now WHERE token_hash = :hash")
                    .bind("now", Timestamps.utc(now))
                    .bind("hash", presented.hex())
                    .execute();
            add(replacement, session, account, now, stored.expiresAt());
            return new Rotation.Rotated(session, account);
        });
    }

    @Override
    public void revokeSession(SessionId session, Instant now) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = :now WHERE session_id = :session AND revoked_at IS NULL""")
                .bind("now", Timestamps.utc(now))
                .bind("session", session.value())
                .execute());
    }

    @Override
    public void revokeAllOf(AccountId account, SessionId keep, Instant now) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = :now
                        WHERE account_id = :account AND revoked_at IS NULL
                          AND (CAST(:keep AS TEXT) IS NULL OR session_id <> :keep)""")
                .bind("now", Timestamps.utc(now))
                .bind("account", account.value())
                .bind("keep", keep == null ? null : keep.value())
                .execute());
    }
}
