package org.tdah.assistant.adapters.security.shared;

import java.util.Base64;
import org.tdah.assistant.application.shared.port.Secrets;

/** 256-bit tokens from a cryptographic random generator (a DRBG per thread), base64url without padding. */
public final class SecureRandomSecrets implements Secrets {
    static final int BYTES = 32;

    @Override
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        PerThreadSecureRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
