package org.tdah.assistant.testkit.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tdah.assistant.application.live.LiveEvent;
import org.tdah.assistant.application.live.LiveEventPosition;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.domain.identity.AccountId;

/** Each person's live events in memory, numbered in order; a reader waits on the stream's monitor. */
public final class InMemoryLiveEventStream implements LiveEventStream {
    private static final int KEPT = 1_000;

    private final Map<AccountId, List<LiveEvent>> streams = new HashMap<>();
    private long next = 1;

    @Override
    public synchronized LiveEventPosition append(AccountId account, String type, String json) {
        LiveEventPosition position = new LiveEventPosition(next++, 0);
        List<LiveEvent> events = streams.computeIfAbsent(account, key -> new ArrayList<>());
        events.add(new LiveEvent(position, type, json));
        if (events.size() > KEPT) {
            events.remove(0);
        }
        notifyAll();
        return position;
    }

    @Override
    public synchronized LiveEventPosition latest(AccountId account) {
        List<LiveEvent> events = streams.getOrDefault(account, List.of());
        return events.isEmpty() ? LiveEventPosition.START : events.get(events.size() - 1).position();
    }

    @Override
    public synchronized List<LiveEvent> readAfter(AccountId account, LiveEventPosition after, int max, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<LiveEvent> found = after(account, after, max);
        while (found.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return found;
            }
            try {
                Duration remaining = Duration.ofNanos(left);
                wait(Math.max(1, remaining.toMillis()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return found;
            }
            found = after(account, after, max);
        }
        return found;
    }

    private List<LiveEvent> after(AccountId account, LiveEventPosition after, int max) {
        return streams.getOrDefault(account, List.of()).stream()
                .filter(event -> event.position().compareTo(after) > 0)
                .limit(max)
                .toList();
    }
}
