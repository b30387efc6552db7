package org.tdah.assistant.testkit.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tdah.assistant.application.identity.SigningKey;
import org.tdah.assistant.application.identity.port.SigningKeys;
import org.tdah.assistant.testkit.shared.Transactional;

/** Signing keys held in memory, for tests and embedders. */
public final class InMemorySigningKeys implements SigningKeys, Transactional {
    private final List<SigningKey> keys = new CopyOnWriteArrayList<>();

    @Override
    public List<SigningKey> newestFirst() {
        List<SigningKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(SigningKey::createdAt).reversed());
        return List.copyOf(sorted);
    }

    @Override
    public synchronized void add(SigningKey key) {
        keys.add(key);
    }

    @Override
    public synchronized Snapshot snapshot() {
        List<SigningKey> copy = List.copyOf(keys);
        return () -> {
            synchronized (this) {
                keys.clear();
                keys.addAll(copy);
            }
        };
    }
}
