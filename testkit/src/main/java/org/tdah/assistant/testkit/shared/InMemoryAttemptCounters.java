package org.tdah.assistant.testkit.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.domain.shared.AttemptWindow;

/** Attempt counters in memory, windows measured by the instants they are given. */
public final class InMemoryAttemptCounters implements AttemptCounters {
    private record Window(int count, Instant lastAt, Instant resetsAt) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public AttemptWindow record(String key, Duration window, Instant now) {
        Window updated = windows.compute(key, (k, current) -> current == null || !now.isBefore(current.resetsAt())
                ? new Window(1, now, now.plus(window))
                : new Window(current.count() + 1, now, current.resetsAt()));
        return view(updated, now);
    }

    @Override
    public AttemptWindow read(String key, Instant now) {
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.resetsAt())) {
            return AttemptWindow.NONE;
        }
        return view(current, now);
    }

    @Override
    public Optional<AttemptWindow> recordIfUnchanged(String key, AttemptWindow expected, Duration window, Instant now) {
        boolean[] recorded = {false};
        Window updated = windows.compute(key, (k, current) -> {
            boolean live = current != null && now.isBefore(current.resetsAt());
            int count = live ? current.count() : 0;
            if (count != expected.count() || (count > 0 && !current.lastAt().equals(expected.lastAt()))) {
                return current;
            }
            recorded[0] = true;
            return live ? new Window(count + 1, now, current.resetsAt()) : new Window(1, now, now.plus(window));
        });
        return recorded[0] ? Optional.of(view(updated, now)) : Optional.empty();
    }

    @Override
    public void release(String key) {
        windows.computeIfPresent(key, (k, current) -> current.count() > 0
                ? new Window(current.count() - 1, current.lastAt(), current.resetsAt())
                : current);
    }

    /** The keys counted so far, to check what the counters hold. */
    public Set<String> keys() {
        return Set.copyOf(windows.keySet());
    }

    @Override
    public void clear(String key) {
        windows.remove(key);
    }

    private static AttemptWindow view(Window window, Instant now) {
        return new AttemptWindow(window.count(), window.lastAt(), Duration.between(now, window.resetsAt()));
    }
}
