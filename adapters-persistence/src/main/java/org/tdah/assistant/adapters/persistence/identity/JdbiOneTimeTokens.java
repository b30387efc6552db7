package org.tdah.assistant.adapters.persistence.identity;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

/** One-time tokens in the {@code one_time_tokens} table, by hash; using one is a single conditional update. */
public final class JdbiOneTimeTokens implements OneTimeTokens {
    private final PostgresDatabase database;

    public JdbiOneTimeTokens(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void add(TokenHash token, TokenPurpose purpose, AccountId account, Instant expiresAt) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO one_time_tokens (token_hash, purpose, account_id, expires_at)
                        VALUES (:hash, :purpose, :account, :expiresAt)""")
                .bind("hash", token.hex())
                .bind("purpose", purpose.name())
                .bind("account", account.value())
                .bind("expiresAt", Timestamps.utc(expiresAt))
                .execute());
    }

    @Override
    public Optional<AccountId> findUsable(TokenHash token, TokenPurpose purpose, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT account_id FROM one_time_tokens
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", token.hex())
                .bind("purpose", purpose.name())
                .bind("now", Timestamps.utc(now))
                .mapTo(String.class)
                .findOne()
                .map(AccountId::new));
    }

    @Override
    public boolean use(TokenHash token, TokenPurpose purpose, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE one_time_tokens SET used_at = :now
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", token.hex())
                .bind("purpose", purpose.name())
                .bind("now", Timestamps.utc(now))
                .execute()) == 1;
    }

    @Override
    public void revokeAll(AccountId account, TokenPurpose purpose, Instant now) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE one_time_tokens SET used_at = :now
                        WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL""")
                .bind("account", account.value())
                .bind("purpose", purpose.name())
                .bind("now", Timestamps.utc(now))
                .execute());
    }
}
