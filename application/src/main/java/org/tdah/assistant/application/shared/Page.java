package org.tdah.assistant.application.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list in a stable order, and the key after which the next page starts (empty on
 * the last page). Keys are positions in the order (keyset paging), never offsets, so rows added
 * meanwhile cause no duplicate and no gap.
 *
 * @param <T> what is listed
 * @param <K> the key of a position in the order
 */
public record Page<T, K>(List<T> items, Optional<K> next) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /** The page of the first {@code limit} rows of {@code oneMore} (asked for {@code limit + 1}). */
    public static <T, K> Page<T, K> of(List<T> oneMore, int limit, Function<T, K> keyOf) {
        if (oneMore.size() <= limit) {
            return new Page<>(oneMore, Optional.empty());
        }
        List<T> items = oneMore.subList(0, limit);
        return new Page<>(items, Optional.of(keyOf.apply(items.get(limit - 1))));
    }
}
