package org.tdah.assistant.adapters.persistence.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Refresh tokens in the {@code refresh_tokens} table, by hash. A rotation is one transaction that
 * locks the presented row ({@code SELECT ... FOR UPDATE}), so concurrent rotations of one token
 * run one after the other: the first rotates, the next see the token spent. The replacement is
 * kept on the spent row encrypted ({@link AesGcmCipher}, bound to the row), for the grace window
 * only: each rotation wipes the copies whose window has passed.
 */
public final class JdbiRefreshTokens implements RefreshTokens {
    private final PostgresDatabase database;
    private final AesGcmCipher cipher;

    public JdbiRefreshTokens(PostgresDatabase database, AesGcmCipher cipher) {
        this.database = database;
        this.cipher = cipher;
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

    private record Presented(SessionId session, AccountId account, Instant expiresAt, Instant spentAt,
            boolean revoked, String replacedBy, byte[] replacementEncrypted) {}

    @Override
    public Rotation rotate(TokenHash presented, String replacement, Instant now, Duration grace) {
        Rotation rotation = database.inTransaction(handle -> {
            Optional<Presented> row = handle.createQuery("""
                            SELECT session_id, account_id, expires_at, spent_at, revoked_at, replaced_by,
                                   replacement_encrypted
                            FROM refresh_tokens WHERE token_hash = :presented FOR UPDATE""")
                    .bind("presented", presented.hex())
                    .map((result, context) -> new Presented(new SessionId(result.getString("session_id")),
                            new AccountId(result.getString("account_id")), Timestamps.instant(result, "expires_at"),
                            Timestamps.instant(result, "spent_at"), result.getObject("revoked_at") != null,
                            result.getString("replaced_by"), result.getBytes("replacement_encrypted")))
                    .findOne();
            if (row.isEmpty() || row.get().revoked() || !now.isBefore(row.get().expiresAt())) {
                return new Rotation.Invalid();
            }
            Presented token = row.get();
            if (token.spentAt() == null) {
                return spend(handle, presented, token, replacement, now, grace);
            }
            if (token.replacementEncrypted() != null && now.isBefore(token.spentAt().plus(grace))
                    && isCurrent(handle, token.replacedBy(), now)) {
                String newest = new String(cipher.decrypt(token.replacementEncrypted(), associated(presented)),
                        StandardCharsets.US_ASCII);
                return new Rotation.Rotated(token.session(), token.account(), newest, true);
            }
            return new Rotation.Reused(token.session(), token.account());
        });
        forgetReplacementsSpentBefore(now.minus(grace));
        return rotation;
    }

    private Rotation spend(Handle handle, TokenHash presented, Presented token, String replacement, Instant now,
            Duration grace) {
        TokenHash replacementHash = TokenHash.of(replacement);
        byte[] encrypted = grace.isZero()
                ? null
                : cipher.encrypt(replacement.getBytes(StandardCharsets.US_ASCII), associated(presented));
        handle.createUpdate("""
                        UPDATE refresh_tokens SET spent_at = :now, replaced_by = :replacement,
                            replacement_encrypted = :encrypted
                        WHERE token_hash = :presented""")
                .bind("now", Timestamps.utc(now))
                .bind("replacement", replacementHash.hex())
                .bind("encrypted", encrypted)
                .bind("presented", presented.hex())
                .execute();
        handle.createUpdate("""
                        INSERT INTO refresh_tokens (token_hash, session_id, account_id, issued_at, expires_at)
                        VALUES (:hash, :session, :account, :now, :expiresAt)""")
                .bind("hash", replacementHash.hex())
                .bind("session", token.session().value())
                .bind("account", token.account().value())
                .bind("now", Timestamps.utc(now))
                .bind("expiresAt", Timestamps.utc(token.expiresAt()))
                .execute();
        return new Rotation.Rotated(token.session(), token.account(), replacement, false);
    }

    /** Whether the token is still its family's newest: unspent, unrevoked and unexpired. */
    private static boolean isCurrent(Handle handle, String tokenHash, Instant now) {
        return tokenHash != null && handle.createQuery("""
                        SELECT count(*) FROM refresh_tokens
                        WHERE token_hash = :hash AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > :now""")
                .bind("hash", tokenHash)
                .bind("now", Timestamps.utc(now))
                .mapTo(Long.class)
                .one() == 1;
    }

    /**
     * Wipes the kept replacements whose grace window has passed, skipping rows another rotation
     * holds (it wipes them itself, or the next one does), so that no rotation waits for another.
     */
    private void forgetReplacementsSpentBefore(Instant cutoff) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET replacement_encrypted = NULL
                        WHERE token_hash IN (
                            SELECT token_hash FROM refresh_tokens
                            WHERE replacement_encrypted IS NOT NULL AND spent_at <= :cutoff
                            FOR UPDATE SKIP LOCKED)""")
                .bind("cutoff", Timestamps.utc(cutoff))
                .execute());
    }

    private static String associated(TokenHash presented) {
        return "refresh_tokens.replacement_encrypted:" + presented.hex();
    }

    @Override
    public void revokeSession(SessionId session, Instant now) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = :now, replacement_encrypted = NULL
                        WHERE session_id = :session AND revoked_at IS NULL""")
                .bind("now", Timestamps.utc(now))
                .bind("session", session.value())
                .execute());
    }

    @Override
    public void revokeAllOf(AccountId account, SessionId keep, Instant now) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = :now, replacement_encrypted = NULL
                        WHERE account_id = :account AND revoked_at IS NULL
                          AND (CAST(:keep AS TEXT) IS NULL OR session_id <> :keep)""")
                .bind("now", Timestamps.utc(now))
                .bind("account", account.value())
                .bind("keep", keep == null ? null : keep.value())
                .execute());
    }
}
