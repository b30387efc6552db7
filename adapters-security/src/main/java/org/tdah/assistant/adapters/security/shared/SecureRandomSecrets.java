package org.tdah.assistant.adapters.security.shared;

import java.security.SecureRandom;
import java.util.Base64;
import org.tdah.assistant.application.shared.port.Secrets;

/**
 * Secrets from a cryptographic random generator (a DRBG per thread): 256-bit tokens in base64url
 * without padding, and base32 codes for people to type or scan.
 */
public final class SecureRandomSecrets implements Secrets {
    static final int BYTES = 32;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    @Override
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        PerThreadSecureRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String newBase32(int characters) {
        SecureRandom random = PerThreadSecureRandom.current();
        StringBuilder code = new StringBuilder(characters);
        for (int i = 0; i < characters; i++) {
            code.append(BASE32.charAt(random.nextInt(32)));
        }
        return code.toString();
    }

    @Override
    public String newDigits(int digits) {
        SecureRandom random = PerThreadSecureRandom.current();
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }
}
