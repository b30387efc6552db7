package org.tdah.assistant.application.conversation;

import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * How many items a page holds ({@value #DEFAULT_LIMIT} unless asked, at most {@value #MAX_LIMIT})
 * and the key of the position it starts after (none for the first page).
 */
public record PageRequest<K>(int limit, Optional<K> after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "is a whole number from 1 to " + MAX_LIMIT);
        }
        Objects.requireNonNull(after, "after");
    }

    public static <K> PageRequest<K> first(int limit) {
        return new PageRequest<>(limit, Optional.empty());
    }

    /** The limit as a client wrote it: absent means the default; anything but 1 to 100 is refused. */
    public static int parseLimit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw InvalidInputException.of("limit", "is a whole number from 1 to " + MAX_LIMIT);
    }

    /** What a port is asked for: one more than the page holds, to learn whether another page follows. */
    public int oneMore() {
        return limit + 1;
    }
}
