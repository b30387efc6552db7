package org.tdah.assistant.application.assistant.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.IdempotencyKey;

/**
 * Every task of every person. Each read and write names the owner, so no call reaches someone
 * else's task; tasks are listed oldest first, in the order of their time-ordered ids.
 */
public interface Tasks {

    void add(Task task);

    /**
     * Stores the task under the client's key, unless the owner holds a task created with the same
     * key at or after {@code since}: then nothing is stored and that task (as it is now) is answered.
     * A key the owner used before {@code since} is released first, so it may name a new creation.
     * Two calls at once with one owner and key store one task; another owner's same key is another key.
     *
     * @return the task stored earlier under the key, or empty when {@code task} was stored
     */
    Optional<Task> addOnce(Task task, IdempotencyKey key, Instant since);

    Optional<Task> withId(AccountId owner, TaskId id);

    /** The owner's open task with this number. */
    Optional<Task> openWithNumber(AccountId owner, ItemNumber number);

    /** Up to {@code limit} tasks of the owner after {@code after} (exclusive), of one status when given. */
    List<Task> ofOwner(AccountId owner, Optional<TaskStatus> status, Optional<TaskId> after, int limit);

    /** Replaces the stored task with the same id and owner. */
    void update(Task task);

    /** @return whether a task of the owner was removed */
    boolean remove(AccountId owner, TaskId id);
}
