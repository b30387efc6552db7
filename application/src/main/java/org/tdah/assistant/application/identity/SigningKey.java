package org.tdah.assistant.application.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A token signing key pair in standard encodings: the private key as PKCS#8, the public key as
 * X.509 SubjectPublicKeyInfo. The private half never appears in {@code toString}.
 */
public record SigningKey(String keyId, String algorithm, byte[] privateKey, byte[] publicKey, Instant createdAt) {
    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(createdAt, "createdAt");
        privateKey = privateKey.clone();
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey key
                && keyId.equals(key.keyId)
                && algorithm.equals(key.algorithm)
                && Arrays.equals(privateKey, key.privateKey)
                && Arrays.equals(publicKey, key.publicKey)
                && createdAt.equals(key.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, algorithm, Arrays.hashCode(publicKey), createdAt);
    }

    @Override
    public String toString() {
        return "SigningKey[keyId=" + keyId + ", algorithm=" + algorithm + ", createdAt=" + createdAt + "]";
    }
}
