package org.tdah.assistant.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.SigningKey;
import org.tdah.assistant.application.identity.port.SigningKeys;
import org.tdah.assistant.application.identity.port.SigningKeysContract;

class JdbiSigningKeysIT extends SigningKeysContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(filled((byte) 7, 32));

    @Override
    protected SigningKeys newSigningKeys() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiSigningKeys(DATABASE, AesGcmCipher.fromBase64Key(KEY));
    }

    @Test
    void the_private_key_is_stored_encrypted_and_the_public_key_in_clear() {
        SigningKeys keys = newSigningKeys();
        byte[] privateKey = filled((byte) 42, 138);
        keys.add(new SigningKey("k1", "ES256", privateKey, filled((byte) 9, 91), Instant.parse("2026-11-26T09:00:00Z")));

        byte[] stored = DATABASE.withHandle(handle -> handle
                .createQuery("SELECT private_key_encrypted FROM signing_keys WHERE key_id = 'k1'")
                .mapTo(byte[].class).one());

        assertThat(stored).hasSizeGreaterThan(privateKey.length);
        assertThat(indexOf(stored, Arrays.copyOf(privateKey, 16))).isEqualTo(-1);
        assertThat(keys.newestFirst().get(0).privateKey()).isEqualTo(privateKey);
    }

    @Test
    void keys_stored_under_another_key_encryption_key_cannot_be_read() {
        newSigningKeys().add(new SigningKey("k1", "ES256", filled((byte) 1, 138), filled((byte) 2, 91),
                Instant.parse("2026-11-26T09:00:00Z")));

        SigningKeys withWrongKey = new JdbiSigningKeys(DATABASE, AesGcmCipher.fromBase64Key(OTHER_KEY));

        assertThatThrownBy(withWrongKey::newestFirst)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong key-encryption key");
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    private static byte[] filled(byte value, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int start = 0; start + needle.length <= haystack.length; start++) {
            if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
                return start;
            }
        }
        return -1;
    }
}
