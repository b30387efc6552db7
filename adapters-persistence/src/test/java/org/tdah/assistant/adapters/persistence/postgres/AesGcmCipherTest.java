package org.tdah.assistant.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmCipherTest {
    private final AesGcmCipher cipher = AesGcmCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));
    private final byte[] secret = "a signing key".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_secret_decrypts_to_itself_and_each_encryption_differs() {
        byte[] first = cipher.encrypt(secret, "row-1");
        byte[] second = cipher.encrypt(secret, "row-1");

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first, "row-1")).isEqualTo(secret);
    }

    @Test
    void a_ciphertext_moved_to_another_row_or_altered_does_not_decrypt() {
        byte[] sealed = cipher.encrypt(secret, "row-1");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(sealed, "row-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(altered, "row-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(new byte[5], "row-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> AesGcmCipher.fromBase64Key("c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> AesGcmCipher.fromBase64Key("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not base64 at all!");
        assertThatThrownBy(() -> AesGcmCipher.fromBase64Key(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
