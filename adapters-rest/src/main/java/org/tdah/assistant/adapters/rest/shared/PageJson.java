package org.tdah.assistant.adapters.rest.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.tdah.assistant.application.shared.Page;

/** One page of a list as every list endpoint answers it: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record PageJson<T>(List<T> items, @Schema(nullable = true) String nextCursor) {
    public PageJson {
        items = List.copyOf(items);
    }

    public static <T, K, J> PageJson<J> of(Page<T, K> page, Function<T, J> item, Function<K, String> cursor) {
        return new PageJson<>(page.items().stream().map(item).toList(), page.next().map(cursor).orElse(null));
    }
}
