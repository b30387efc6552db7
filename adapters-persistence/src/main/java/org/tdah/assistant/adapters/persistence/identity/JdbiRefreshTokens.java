package org.tdah.assistant.adapters.persistence.identity;

import java.time.Instant;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Refresh tokens in the {@code refresh_tokens} table, by hash. A rotation is one statement that
 * locks the presented row ({@code SELECT ... FOR UPDATE}), so of two concurrent rotations of one
 * token the second waits and then sees it spent.
 */
public final class JdbiRefreshTokens implements RefreshTokens {
    private final PostgresDatabase database;

    public JdbiRefreshTokens(PostgresDatabase database) {
        this.database = database;
    }

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

    /**
     * One statement, one round trip: lock the presented row, spend it if it is usable, and insert
     * the replacement in its family. A concurrent rotation of the same token waits for the lock
     * and then reads the row as spent.
     */
    @Override
    public Rotation rotate(TokenHash presented, TokenHash replacement, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        WITH presented AS (
                            SELECT token_hash, session_id, account_id, expires_at, spent_at, revoked_at
                            FROM refresh_tokens WHERE token_hash = :presented FOR UPDATE
                        ), spent AS (
                            UPDATE refresh_tokens r SET spent_at = :now FROM presented p
                            WHERE r.token_hash = p.token_hash
                              AND p.spent_at IS NULL AND p.revoked_at IS NULL AND p.expires_at > :now
                            RETURNING r.session_id, r.account_id, r.expires_at
                        ), replaced AS (
                            INSERT INTO refresh_tokens (token_hash, session_id, account_id, issued_at, expires_at)
                            SELECT :replacement, session_id, account_id, :now, expires_at FROM spent
                            RETURNING token_hash
                        )
                        SELECT p.session_id, p.account_id, p.expires_at, p.spent_at, p.revoked_at,
                               (SELECT count(*) FROM replaced) AS rotated
                        FROM presented p""")
                .bind("presented", presented.hex())
                .bind("replacement", replacement.hex())
                .bind("now", Timestamps.utc(now))
                .map((row, context) -> {
                    SessionId session = new SessionId(row.getString("session_id"));
                    AccountId account = new AccountId(row.getString("account_id"));
                    if (row.getLong("rotated") == 1) {
                        return (Rotation) new Rotation.Rotated(session, account);
                    }
                    boolean usableButSpent = row.getObject("spent_at") != null && row.getObject("revoked_at") == null
                            && now.isBefore(Timestamps.instant(row, "expires_at"));
                    return usableButSpent ? new Rotation.Reused(session, account) : new Rotation.Invalid();
                })
                .findOne()
                .orElseGet(Rotation.Invalid::new));
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
