package org.tdah.assistant.testkit.assistant;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * Reminders in a map, listed in the order of their ids (compared as PostgreSQL's "C" collation
 * does); behaves as {@code RemindersContract} says. As the database's unique index does, it refuses
 * a second active reminder of one owner with one number.
 *
 * <p>{@link #dueForDelivery} locks nothing: {@code InMemoryTransactions} runs one transaction at a
 * time, so while a transaction holds the reminders it took, no other transaction runs that could
 * take them; a second one simply waits, then sees what the first left. The contract's case of two
 * transactions running at once, each skipping the other's rows, is for the real adapter only.
 */
public final class InMemoryReminders implements Reminders, Transactional {
    private static final Comparator<Reminder> BY_ID = Comparator.comparing(reminder -> reminder.id().value());
    private static final Comparator<Reminder> BY_ATTEMPT = Comparator
            .comparing((Reminder reminder) -> reminder.firing().map(Firing::attemptAt).orElseThrow())
            .thenComparing(BY_ID);

    private final Map<ReminderId, Reminder> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Reminder reminder) {
        if (byId.containsKey(reminder.id())) {
            throw new IllegalStateException("reminder " + reminder.id() + " is stored already");
        }
        checkNumberFree(reminder);
        byId.put(reminder.id(), reminder);
    }

    @Override
    public synchronized Optional<Reminder> withId(AccountId owner, ReminderId id) {
        return Optional.ofNullable(byId.get(id)).filter(reminder -> reminder.owner().equals(owner));
    }

    @Override
    public synchronized Optional<Reminder> activeWithNumber(AccountId owner, ItemNumber number) {
        return byId.values().stream()
                .filter(reminder -> activeOf(reminder, owner) && reminder.number().equals(number))
                .findFirst();
    }

    @Override
    public synchronized List<Reminder> activeOfTask(AccountId owner, TaskId task) {
        return byId.values().stream()
                .filter(reminder -> activeOf(reminder, owner) && reminder.task().equals(Optional.of(task)))
                .sorted(BY_ID)
                .toList();
    }

    @Override
    public synchronized List<Reminder> ofOwner(AccountId owner, Optional<ReminderId> after, int limit) {
        return byId.values().stream()
                .filter(reminder -> reminder.owner().equals(owner))
                .filter(reminder -> after.map(key -> reminder.id().value().compareTo(key.value()) > 0).orElse(true))
                .sorted(BY_ID)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Reminder> activeDueBefore(AccountId owner, Instant before, int limit) {
        return byId.values().stream()
                .filter(reminder -> activeOf(reminder, owner))
                .filter(reminder -> reminder.firing().filter(firing -> firing.attemptAt().isBefore(before)).isPresent())
                .sorted(BY_ATTEMPT)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Reminder> dueForDelivery(Instant now, int limit) {
        return byId.values().stream()
                .filter(reminder -> reminder.status().active())
                .filter(reminder -> reminder.firing().filter(firing -> !firing.attemptAt().isAfter(now)).isPresent())
                .sorted(BY_ATTEMPT)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void update(Reminder reminder) {
        Reminder stored = byId.get(reminder.id());
        if (stored == null || !stored.owner().equals(reminder.owner())) {
            return;
        }
        checkNumberFree(reminder);
        byId.put(reminder.id(), reminder);
    }

    @Override
    public synchronized boolean remove(AccountId owner, ReminderId id) {
        Reminder stored = byId.get(id);
        if (stored == null || !stored.owner().equals(owner)) {
            return false;
        }
        byId.remove(id);
        return true;
    }

    /** Every reminder of everyone, for the in-memory job statistics. */
    public synchronized List<Reminder> all() {
        return List.copyOf(byId.values());
    }

    /** The numbers of the owner's active reminders. */
    synchronized Set<Integer> activeNumbers(AccountId owner) {
        return byId.values().stream()
                .filter(reminder -> activeOf(reminder, owner))
                .map(reminder -> reminder.number().value())
                .collect(Collectors.toSet());
    }

    private static boolean activeOf(Reminder reminder, AccountId owner) {
        return reminder.owner().equals(owner) && reminder.status().active();
    }

    private void checkNumberFree(Reminder reminder) {
        if (reminder.status().active() && byId.values().stream().anyMatch(other -> !other.id().equals(reminder.id())
                && activeOf(other, reminder.owner()) && other.number().equals(reminder.number()))) {
            throw new IllegalStateException("an active reminder of " + reminder.owner() + " holds number "
                    + reminder.number());
        }
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(byId);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
