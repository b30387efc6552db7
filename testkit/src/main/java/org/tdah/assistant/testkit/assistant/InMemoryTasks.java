package org.tdah.assistant.testkit.assistant;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.IdempotencyKey;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * Tasks in a map, listed in the order of their ids (the time-ordered ids of production, compared
 * character by character as PostgreSQL's "C" collation does); behaves as {@code TasksContract} says.
 * As the database's unique index does, it refuses a second open task of one owner with one number.
 * Idempotency keys are kept with their task (and go with it when it is removed), as the column is.
 */
public final class InMemoryTasks implements Tasks, Transactional {
    private static final Comparator<Task> BY_ID = Comparator.comparing(task -> task.id().value());

    private final Map<TaskId, Task> byId = new LinkedHashMap<>();
    private final Map<Keyed, TaskId> byKey = new LinkedHashMap<>();

    private record Keyed(AccountId owner, IdempotencyKey key) {}

    @Override
    public synchronized void add(Task task) {
        if (byId.containsKey(task.id())) {
            throw new IllegalStateException("task " + task.id() + " is stored already");
        }
        checkNumberFree(task);
        byId.put(task.id(), task);
    }

    @Override
    public synchronized Optional<Task> addOnce(Task task, IdempotencyKey key, Instant since) {
        Keyed keyed = new Keyed(task.owner(), key);
        Optional<Task> earlier = Optional.ofNullable(byKey.get(keyed)).map(byId::get);
        if (earlier.isPresent() && !earlier.get().createdAt().isBefore(since)) {
            return earlier;
        }
        add(task);
        byKey.put(keyed, task.id());
        return Optional.empty();
    }

    @Override
    public synchronized Optional<Task> withId(AccountId owner, TaskId id) {
        return Optional.ofNullable(byId.get(id)).filter(task -> task.owner().equals(owner));
    }

    @Override
    public synchronized Optional<Task> openWithNumber(AccountId owner, ItemNumber number) {
        return byId.values().stream()
                .filter(task -> task.owner().equals(owner) && task.isOpen() && task.number().equals(number))
                .findFirst();
    }

    @Override
    public synchronized List<Task> ofOwner(AccountId owner, Optional<TaskStatus> status, Optional<TaskId> after,
            int limit) {
        return byId.values().stream()
                .filter(task -> task.owner().equals(owner))
                .filter(task -> status.map(wanted -> wanted == task.status()).orElse(true))
                .filter(task -> after.map(key -> task.id().value().compareTo(key.value()) > 0).orElse(true))
                .sorted(BY_ID)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void update(Task task) {
        Task stored = byId.get(task.id());
        if (stored == null || !stored.owner().equals(task.owner())) {
            return;
        }
        checkNumberFree(task);
        byId.put(task.id(), task);
    }

    @Override
    public synchronized boolean remove(AccountId owner, TaskId id) {
        Task stored = byId.get(id);
        if (stored == null || !stored.owner().equals(owner)) {
            return false;
        }
        byId.remove(id);
        byKey.values().remove(id);
        return true;
    }

    /** The numbers of the owner's open tasks. */
    synchronized Set<Integer> openNumbers(AccountId owner) {
        return byId.values().stream()
                .filter(task -> task.owner().equals(owner) && task.isOpen())
                .map(task -> task.number().value())
                .collect(Collectors.toSet());
    }

    private void checkNumberFree(Task task) {
        if (task.isOpen() && byId.values().stream().anyMatch(other -> !other.id().equals(task.id())
                && other.owner().equals(task.owner()) && other.isOpen() && other.number().equals(task.number()))) {
            throw new IllegalStateException("an open task of " + task.owner() + " holds number " + task.number());
        }
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot tasks = Transactional.copyOf(byId);
        Snapshot keys = Transactional.copyOf(byKey);
        return () -> {
            synchronized (this) {
                tasks.restore();
                keys.restore();
            }
        };
    }
}
