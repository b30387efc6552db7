package org.tdah.assistant.adapters.persistence.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Authenticator secrets in the {@code totp_credentials} table, encrypted with the key-encryption
 * key and bound to their account. Using a step is one conditional update, so two requests with
 * the same code cannot both succeed.
 */
public final class JdbiTotpCredentials implements TotpCredentials {
    private final PostgresDatabase database;
    private final AesGcmCipher cipher;

    public JdbiTotpCredentials(PostgresDatabase database, AesGcmCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public Optional<TotpCredential> of(AccountId account) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT secret_encrypted, confirmed_at, last_used_step FROM totp_credentials WHERE account_id = :account""")
                .bind("account", account.value())
                .map((row, context) -> {
                    String secret = new String(cipher.decrypt(row.getBytes("secret_encrypted"), associated(account)),
                            StandardCharsets.US_ASCII);
                    long lastUsedStep = row.getLong("last_used_step");
                    boolean confirmed = row.getObject("confirmed_at") != null;
                    return new TotpCredential(secret, confirmed, confirmed ? lastUsedStep : Long.MIN_VALUE);
                })
                .findOne());
    }

    @Override
    public boolean savePending(AccountId account, String secret, Instant at) {
        byte[] sealed = cipher.encrypt(secret.getBytes(StandardCharsets.US_ASCII), associated(account));
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO totp_credentials (account_id, secret_encrypted, created_at)
                        VALUES (:account, :secret, :at)
                        ON CONFLICT (account_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted,
                            created_at = EXCLUDED.created_at
                        WHERE totp_credentials.confirmed_at IS NULL""")
                .bind("account", account.value())
                .bind("secret", sealed)
                .bind("at", Timestamps.utc(at))
                .execute()) == 1;
    }

    @Override
    public boolean confirm(AccountId account, long step, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE totp_credentials SET confirmed_at = :at, last_used_step = :step
                        WHERE account_id = :account AND confirmed_at IS NULL""")
                .bind("at", Timestamps.utc(at))
                .bind("step", step)
                .bind("account", account.value())
                .execute()) == 1;
    }

    @Override
    public boolean useStep(AccountId account, long step) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE totp_credentials SET last_used_step = :step
                        WHERE account_id = :account AND confirmed_at IS NOT NULL AND last_used_step < :step""")
                .bind("step", step)
                .bind("account", account.value())
                .execute()) == 1;
    }

    @Override
    public void remove(AccountId account) {
        database.withHandle(handle -> handle.createUpdate("DELETE FROM totp_credentials WHERE account_id = :account")
                .bind("account", account.value())
                .execute());
    }

    private static String associated(AccountId account) {
        return "totp:" + account.value();
    }
}
