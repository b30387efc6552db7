package org.tdah.assistant.testkit.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-memory adapter whose state {@link InMemoryTransactions} can put back when a transaction
 * fails, as PostgreSQL rolls back the rows of the JDBI adapter it stands in for. Only adapters
 * whose real counterpart lives in the transactional database implement it (not the Redis-backed
 * sessions and attempt counters, nor the mail and SMS senders).
 */
public interface Transactional {

    /** A copy of the current state, taken under the adapter's own lock. */
    Snapshot snapshot();

    /** A snapshot of a map of immutable values, in its iteration order, that restores it in place. */
    static <K, V> Snapshot copyOf(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        return () -> {
            map.clear();
            map.putAll(copy);
        };
    }

    /** A copy of an adapter's state that can be put back. */
    @FunctionalInterface
    interface Snapshot {
        /** Replaces the adapter's state by the copied one, dropping every change made since. */
        void restore();
    }
}
