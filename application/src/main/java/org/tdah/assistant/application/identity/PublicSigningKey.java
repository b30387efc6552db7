package org.tdah.assistant.application.identity;

import java.util.Objects;

/**
 * The public half of an elliptic-curve signing key, as a JWK needs it: curve and the affine
 * coordinates, base64url-encoded without padding.
 */
public record PublicSigningKey(String keyId, String algorithm, String curve, String x, String y) {
    public PublicSigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
    }
}
