package org.tdah.assistant.adapters.security.identity;

import org.jboss.aerogear.security.otp.Totp;
import org.jboss.aerogear.security.otp.api.Base32;
import org.jboss.aerogear.security.otp.api.Clock;
import org.tdah.assistant.adapters.security.shared.SecureRandomSecrets;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;

/**
 * RFC 6238 codes with aerogear-otp-java (HMAC-SHA1, 6 digits, 30-second steps, as every common
 * authenticator app). The library reads time from a clock it is given; here that clock answers
 * the step asked for, so that the core decides which steps are acceptable.
 */
public final class AerogearTimeBasedCodes implements TimeBasedCodes {
    private static final int SECRET_BASE32_CHARACTERS = 32;

    private final SecureRandomSecrets secrets = new SecureRandomSecrets();

    @Override
    public String newSecret() {
        return secrets.newBase32(SECRET_BASE32_CHARACTERS);
    }

    @Override
    public String codeAt(String base32Secret, long step) {
        return new Totp(base32Secret, new FixedStep(step)).now();
    }

    /** The decoded length of a secret, to check that one is 160 bits. */
    static int secretBytes(String base32Secret) {
        try {
            return Base32.decode(base32Secret).length;
        } catch (Base32.DecodingException e) {
            throw new IllegalArgumentException("not base32", e);
        }
    }

    private static final class FixedStep extends Clock {
        private final long step;

        FixedStep(long step) {
            this.step = step;
        }

        @Override
        public long getCurrentInterval() {
            return step;
        }
    }
}
