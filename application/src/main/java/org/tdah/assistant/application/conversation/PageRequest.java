package org.tdah.assistant.application.conversation;

import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.shared.PageLimit;

/**
 * How many items a page holds ({@value #DEFAULT_LIMIT} unless asked, at most {@value #MAX_LIMIT})
 * and the key of the position it starts after (none for the first page).
 */
public record PageRequest<K>(int limit, Optional<K> after) {
    public static final int DEFAULT_LIMIT = PageLimit.DEFAULT;
    public static final int MAX_LIMIT = PageLimit.MAX;

    public PageRequest {
        new PageLimit(limit); // the bounds of every list of the API, refused as a 422 naming limit
        Objects.requireNonNull(after, "after");
    }

    public static <K> PageRequest<K> first(int limit) {
        return new PageRequest<>(limit, Optional.empty());
    }

    /** What a port is asked for: one more than the page holds, to learn whether another page follows. */
    public int oneMore() {
        return limit + 1;
    }
}
