package org.tdah.assistant.adapters.security.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A cryptographic random generator per thread (NIST SP 800-90A DRBG, seeded by the platform),
 * so that request threads never queue on the one lock that the default {@code SecureRandom}
 * shares process-wide on Linux.
 */
final class PerThreadSecureRandom {
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PerThreadSecureRandom::newDrbg);

    private PerThreadSecureRandom() {}

    static SecureRandom current() {
        return RANDOM.get();
    }

    private static SecureRandom newDrbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
