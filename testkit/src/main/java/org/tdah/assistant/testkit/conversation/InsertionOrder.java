package org.tdah.assistant.testkit.conversation;

import java.util.List;
import java.util.function.Function;

/** Keyset paging over a list in its stored order: where the page after a key starts. */
final class InsertionOrder {
    private InsertionOrder() {}

    /** The index just after the item with this key; past the end when no item has it. */
    static <T, K> int indexAfter(List<T> items, Function<T, K> keyOf, K key) {
        for (int i = 0; i < items.size(); i++) {
            if (keyOf.apply(items.get(i)).equals(key)) {
                return i + 1;
            }
        }
        return items.size();
    }
}
