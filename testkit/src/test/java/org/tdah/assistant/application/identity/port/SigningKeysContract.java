package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.SigningKey;

/** What every implementation of {@link SigningKeys} must do; each adapter's test extends it. */
public abstract class SigningKeysContract {

    private SigningKeys signingKeys;

    protected abstract SigningKeys newSigningKeys();

    @BeforeEach
    void setUpSigningKeys() {
        signingKeys = newSigningKeys();
    }

    @Test
    void a_new_store_holds_no_key() {
        assertThat(signingKeys.newestFirst()).isEmpty();
    }

    @Test
    void stored_keys_come_back_intact_and_newest_first() {
        SigningKey older = key("k-older", "2026-11-01T00:00:00Z", (byte) 1);
        SigningKey newer = key("k-newer", "2026-11-20T00:00:00Z", (byte) 2);

        signingKeys.add(older);
        signingKeys.add(newer);

        assertThat(signingKeys.newestFirst()).containsExactly(newer, older);
    }

    private static SigningKey key(String keyId, String createdAt, byte fill) {
        byte[] privateKey = new byte[138];
        byte[] publicKey = new byte[91];
        java.util.Arrays.fill(privateKey, fill);
        java.util.Arrays.fill(publicKey, (byte) (fill + 10));
        return new SigningKey(keyId, "ES256", privateKey, publicKey, Instant.parse(createdAt));
    }
}
