package org.tdah.assistant.domain.assistant;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Something a person means to do. An open task holds its short number; a done one keeps it only as
 * a record (the number may be given again to a new item).
 */
public record Task(TaskId id, AccountId owner, ItemNumber number, TaskTitle title, TaskStatus status,
        Instant createdAt, Optional<Instant> doneAt) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(doneAt, "doneAt");
        if ((status == TaskStatus.DONE) != doneAt.isPresent()) {
            throw new IllegalArgumentException("a task has a done time exactly when it is done");
        }
    }

    public static Task open(TaskId id, AccountId owner, ItemNumber number, TaskTitle title, Instant at) {
        return new Task(id, owner, number, title, TaskStatus.OPEN, at, Optional.empty());
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public Task done(Instant at) {
        return isOpen() ? new Task(id, owner, number, title, TaskStatus.DONE, createdAt, Optional.of(at)) : this;
    }

    /** Open again, under the number given (its old one may have been given to another item). */
    public Task reopened(ItemNumber newNumber) {
        return new Task(id, owner, newNumber, title, TaskStatus.OPEN, createdAt, Optional.empty());
    }

    public Task retitled(TaskTitle newTitle) {
        return new Task(id, owner, number, newTitle, status, createdAt, doneAt);
    }
}
