package org.tdah.assistant.adapters.persistence.postgres;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets before they are stored (signing keys now, TOTP secrets later) with AES-256-GCM
 * under a key-encryption key that comes from the environment and is never stored. Each value gets
 * a fresh 96-bit nonce; the row's identity is bound as associated data, so a ciphertext copied to
 * another row does not decrypt.
 */
public final class AesGcmCipher {
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private AesGcmCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @param base64Key 32 random bytes, base64-encoded (for example {@code openssl rand -base64 32}) */
    public static AesGcmCipher fromBase64Key(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the key-encryption key is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (base64 of 32 random bytes)");
        }
        return new AesGcmCipher(key);
    }

    public byte[] encrypt(byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, plaintext, associatedData);
        byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
        System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
        return sealed;
    }

    public byte[] decrypt(byte[] sealed, String associatedData) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException("an encrypted value is too short to be one");
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return run(Cipher.DECRYPT_MODE, nonce, ciphertext, associatedData);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                            + " a stored secret: wrong key-encryption key or altered data", e);
        }
    }
}
