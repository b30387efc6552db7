package org.tdah.assistant.application.identity.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;
import org.tdah.assistant.domain.identity.SixDigitCode;
import org.tdah.assistant.domain.identity.TotpPolicy;

/** Finds the time step a typed code belongs to, comparing in constant time. */
public final class TotpVerifier {
    private final TimeBasedCodes codes;

    public TotpVerifier(TimeBasedCodes codes) {
        this.codes = codes;
    }

    /** The acceptable step whose code is the typed one ("123456" or "123 456"), if any. */
    public OptionalLong matchingStep(String secret, long lastUsedStep, String typed, Instant now) {
        String normalized = SixDigitCode.normalize(typed);
        if (!SixDigitCode.isWellFormed(normalized)) {
            return OptionalLong.empty();
        }
        byte[] typedBytes = normalized.getBytes(StandardCharsets.US_ASCII);
        OptionalLong match = OptionalLong.empty();
        for (long step : TotpPolicy.acceptableSteps(now, lastUsedStep)) {
            boolean equal = MessageDigest.isEqual(codes.codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), typedBytes);
            if (equal && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }
}
