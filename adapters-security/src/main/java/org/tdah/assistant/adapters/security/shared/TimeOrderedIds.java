package org.tdah.assistant.adapters.security.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.tdah.assistant.application.shared.port.Ids;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit sequence, then 62 random bits,
 * so ids sort by creation time and index well while staying unguessable. Within one instance ids
 * are strictly increasing (RFC 9562, method 1): the sequence starts at a random value in the lower
 * half each millisecond and counts up for every further id of that millisecond (borrowing the next
 * millisecond when it runs out, or when the clock steps back), so that two messages of the same
 * millisecond still list in the order they were made.
 */
public final class TimeOrderedIds implements Ids {
    private static final int SEQUENCE_LIMIT = 1 << 12;
    private final Clock clock;
    private long lastMillis = -1;
    private int sequence;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next() {
        SecureRandom random = PerThreadSecureRandom.current();
        long millis;
        long counter;
        synchronized (this) {
            long now = clock.millis();
            if (now > lastMillis) {
                lastMillis = now;
                sequence = random.nextInt(SEQUENCE_LIMIT / 2);
            } else if (++sequence == SEQUENCE_LIMIT) {
                lastMillis++;
                sequence = random.nextInt(SEQUENCE_LIMIT / 2);
            }
            millis = lastMillis;
            counter = sequence;
        }
        long randomB = random.nextLong();
        long mostSignificant = (millis << 16) | (0x7L << 12) | counter;
        long leastSignificant = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
