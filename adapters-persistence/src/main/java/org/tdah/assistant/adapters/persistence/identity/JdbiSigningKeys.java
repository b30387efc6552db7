package org.tdah.assistant.adapters.persistence.identity;

import java.util.List;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.SigningKey;
import org.tdah.assistant.application.identity.port.SigningKeys;

/**
 * Signing keys in the {@code signing_keys} table; private keys are encrypted with the
 * key-encryption key, bound to their key id.
 */
public final class JdbiSigningKeys implements SigningKeys {
    private final PostgresDatabase database;
    private final AesGcmCipher cipher;

    public JdbiSigningKeys(PostgresDatabase database, AesGcmCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public List<SigningKey> newestFirst() {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT key_id, algorithm, private_key_encrypted, public_key, created_at
                        FROM signing_keys ORDER BY created_at DESC, key_id""")
                .map((row, context) -> {
                    String keyId = row.getString("key_id");
                    return new SigningKey(
                            keyId,
                            row.getString("algorithm"),
                            cipher.decrypt(row.getBytes("private_key_encrypted"), keyId),
                            row.getBytes("public_key"),
                            Timestamps.instant(row, "created_at"));
                })
                .list());
    }

    @Override
    public void add(SigningKey key) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO signing_keys (key_id, algorithm, private_key_encrypted, public_key, created_at)
                        VALUES (:keyId, :algorithm, :privateKey, :publicKey, :createdAt)
                        ON CONFLICT (key_id) DO NOTHING""")
                .bind("keyId", key.keyId())
                .bind("algorithm", key.algorithm())
                .bind("privateKey", cipher.encrypt(key.privateKey(), key.keyId()))
                .bind("publicKey", key.publicKey())
                .bind("createdAt", Timestamps.utc(key.createdAt()))
                .execute());
    }
}
