package org.tdah.assistant.testkit.shared;

import java.util.concurrent.atomic.AtomicLong;
import org.tdah.assistant.application.shared.port.Secrets;

/** Predictable "secrets" that read well in a failing test; the production adapter uses SecureRandom. */
public final class SequentialSecrets implements Secrets {
    private final AtomicLong counter = new AtomicLong();

    @Override
    public String newToken() {
        return "secret-" + counter.incrementAndGet();
    }

    /** The counter written in base32 (A-Z, 2-7), padded with A: predictable, distinct, and still base32. */
    @Override
    public String newBase32(int characters) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder digits = new StringBuilder();
        for (long value = counter.incrementAndGet(); value > 0; value /= 32) {
            digits.insert(0, alphabet.charAt((int) (value % 32)));
        }
        String padded = "A".repeat(Math.max(0, characters - digits.length())) + digits;
        return padded.substring(padded.length() - characters);
    }

    /** The counter in decimal, padded with zeros: predictable and distinct. */
    @Override
    public String newDigits(int digits) {
        String padded = "0".repeat(digits) + counter.incrementAndGet();
        return padded.substring(padded.length() - digits);
    }
}
