package org.tdah.assistant.testkit.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * The outbox in a map, each sending number's pace in another (when it may next have a text
 * claimed); behaves as {@code SmsOutboxContract} says. A claim holds the adapter's lock, so it
 * does at once what the database does in one statement: claims that ran out unsettled become lost
 * (never ready again), then the oldest ready text of each number free at {@code now} is claimed,
 * oldest first, and its number waits {@code spacing}. {@link #entries()} lets a test read where each
 * text stands.
 */
public final class InMemorySmsOutbox implements SmsOutbox, Transactional {

    /** Where a text of the outbox stands. */
    public enum State { READY, CLAIMED, SENT, FAILED, LOST }

    /** One text of the outbox; {@code claimedUntil} is set while it is claimed. */
    public record Entry(QueuedText text, State state, Instant readyAt, Optional<Instant> claimedUntil,
            Optional<String> providerSid, Optional<String> lastError, Optional<Instant> settledAt) {

        Entry with(State newState, Optional<Instant> newClaimedUntil) {
            return new Entry(text, newState, readyAt, newClaimedUntil, providerSid, lastError, settledAt);
        }

        Entry settled(State newState, Optional<String> sid, Optional<String> error, Instant at) {
            return new Entry(text, newState, readyAt, Optional.empty(), sid, error, Optional.of(at));
        }
    }

    private static final Comparator<Entry> OLDEST_FIRST = Comparator
            .comparing((Entry entry) -> entry.text().queuedAt())
            .thenComparing(entry -> entry.text().id());

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<PhoneNumber, Instant> nextClaimAt = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(QueuedText text) {
        if (entries.containsKey(text.id())) {
            throw new IllegalStateException("queued text " + text.id() + " is stored already");
        }
        entries.put(text.id(), new Entry(text, State.READY, text.queuedAt(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        nextClaimAt.putIfAbsent(text.from(), Instant.MIN);
    }

    @Override
    public synchronized List<QueuedText> claimReady(Instant now, Duration spacing, Duration claimFor, int limit) {
        entries.replaceAll((id, entry) -> entry.state() == State.CLAIMED && !entry.claimedUntil().orElseThrow().isAfter(now)
                ? entry.settled(State.LOST, entry.providerSid(), entry.lastError(), now)
                : entry);
        Map<PhoneNumber, Entry> oldestOfEachFreeNumber = entries.values().stream()
                .filter(entry -> entry.state() == State.READY && !entry.readyAt().isAfter(now))
                .filter(entry -> !nextClaimAt.get(entry.text().from()).isAfter(now))
                .collect(Collectors.toMap(entry -> entry.text().from(), Function.identity(),
                        (one, other) -> OLDEST_FIRST.compare(one, other) <= 0 ? one : other));
        List<Entry> claimed = oldestOfEachFreeNumber.values().stream()
                .sorted(Comparator.comparing((Entry entry) -> entry.text().queuedAt())
                        .thenComparing(entry -> entry.text().from().value()))
                .limit(limit)
                .sorted(OLDEST_FIRST)
                .toList();
        for (Entry entry : claimed) {
            entries.put(entry.text().id(), entry.with(State.CLAIMED, Optional.of(now.plus(claimFor))));
            nextClaimAt.put(entry.text().from(), now.plus(spacing));
        }
        return claimed.stream().map(Entry::text).toList();
    }

    @Override
    public synchronized void sent(String id, String providerSid, Instant at) {
        settle(id, List.of(State.CLAIMED, State.LOST), entry -> entry.settled(State.SENT, Optional.of(providerSid),
                entry.lastError(), at));
    }

    @Override
    public synchronized void retryAt(String id, Instant retryAt, String error) {
        settle(id, List.of(State.CLAIMED), entry -> {
            QueuedText text = entry.text();
            QueuedText retried = new QueuedText(text.id(), text.from(), text.to(), text.body(), text.person(),
                    text.attempts() + 1, text.queuedAt(), text.requestId());
            return new Entry(retried, State.READY, retryAt, Optional.empty(), entry.providerSid(), Optional.of(error),
                    entry.settledAt());
        });
    }

    @Override
    public synchronized void failed(String id, String error, Instant at) {
        settle(id, List.of(State.READY, State.CLAIMED, State.LOST), entry -> entry.settled(State.FAILED,
                entry.providerSid(), Optional.of(error), at));
    }

    @Override
    public synchronized int queuedTo(PhoneNumber to, Instant since) {
        return (int) entries.values().stream()
                .filter(entry -> entry.text().to().equals(to) && !entry.text().queuedAt().isBefore(since))
                .count();
    }

    @Override
    public synchronized int waiting() {
        return (int) entries.values().stream()
                .filter(entry -> entry.state() == State.READY || entry.state() == State.CLAIMED)
                .count();
    }

    /** Every text ever queued, in the order they were queued, with where it stands. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private void settle(String id, List<State> from, Function<Entry, Entry> change) {
        Entry entry = entries.get(id);
        if (entry != null && from.contains(entry.state())) {
            entries.put(id, change.apply(entry));
        }
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot entriesCopy = Transactional.copyOf(entries);
        Snapshot paceCopy = Transactional.copyOf(nextClaimAt);
        return () -> {
            synchronized (this) {
                entriesCopy.restore();
                paceCopy.restore();
            }
        };
    }
}
