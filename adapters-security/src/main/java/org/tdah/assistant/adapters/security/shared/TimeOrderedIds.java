package org.tdah.assistant.adapters.security.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.tdah.assistant.application.shared.port.Ids;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds followed by 74 random bits, so ids sort
 * by creation time and index well while staying unguessable.
 */
public final class TimeOrderedIds implements Ids {
    private final Clock clock;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next() {
        long millis = clock.millis();
        SecureRandom random = PerThreadSecureRandom.current();
        long randomA = random.nextInt(1 << 12);
        long randomB = random.nextLong();
        long mostSignificant = (millis << 16) | (0x7L << 12) | randomA;
        long leastSignificant = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
