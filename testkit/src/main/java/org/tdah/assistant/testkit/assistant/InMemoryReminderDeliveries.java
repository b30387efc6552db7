package org.tdah.assistant.testkit.assistant;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * The delivery ledger in a map, one entry per reminder, planned firing and channel; behaves as
 * {@code ReminderDeliveriesContract} says. {@link #entries()} lets a test read what was sent.
 */
public final class InMemoryReminderDeliveries implements ReminderDeliveries, Transactional {

    /** Where one delivery stands. */
    public enum State { SENDING, SENT, FAILED }

    /** One delivery of the ledger; {@code finishedAt} and {@code error} are empty while it is sending. */
    public record Entry(ReminderId reminder, Instant firingAt, ReminderChannel channel, State state, Instant claimedAt,
            Optional<Instant> finishedAt, Optional<String> error) {}

    private record Key(ReminderId reminder, Instant firingAt, ReminderChannel channel) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    @Override
    public synchronized boolean claim(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant now) {
        return entries.putIfAbsent(new Key(reminder, firingAt, channel), new Entry(reminder, firingAt, channel,
                State.SENDING, now, Optional.empty(), Optional.empty())) == null;
    }

    @Override
    public synchronized void sent(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant at) {
        finish(new Key(reminder, firingAt, channel), State.SENT, at, Optional.empty());
    }

    @Override
    public synchronized void release(ReminderId reminder, Instant firingAt, ReminderChannel channel) {
        Key key = new Key(reminder, firingAt, channel);
        Entry entry = entries.get(key);
        if (entry != null && entry.state() == State.SENDING) {
            entries.remove(key);
        }
    }

    @Override
    public synchronized void failed(ReminderId reminder, Instant firingAt, ReminderChannel channel, String error,
            Instant at) {
        finish(new Key(reminder, firingAt, channel), State.FAILED, at, Optional.of(error));
    }

    /** Every delivery claimed and not released, in the order of their claims. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private void finish(Key key, State state, Instant at, Optional<String> error) {
        Entry claimed = entries.get(key);
        Instant claimedAt = claimed == null ? at : claimed.claimedAt();
        entries.put(key, new Entry(key.reminder(), key.firingAt(), key.channel(), state, claimedAt, Optional.of(at),
                error));
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(entries);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
