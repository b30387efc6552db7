package org.tdah.assistant.adapters.security.shared;

import java.security.SecureRandom;
import java.util.Base64;
import org.tdah.assistant.application.shared.port.Secrets;

/** 256-bit tokens from the platform's cryptographic random generator, base64url without padding. */
public final class SecureRandomSecrets implements Secrets {
    static final int BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
