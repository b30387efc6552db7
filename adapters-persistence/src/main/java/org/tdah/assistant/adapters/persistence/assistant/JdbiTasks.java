package org.tdah.assistant.adapters.persistence.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.IdempotencyKey;

/**
 * Tasks in the {@code tasks} table, listed by id (time-ordered, compared byte by byte). Every
 * statement names the owner in its {@code WHERE}, so no call reaches another person's task. An
 * idempotency key is a column of the task it created, unique per owner (V28): {@link #addOnce}
 * inserts with {@code ON CONFLICT DO NOTHING}, so of two inserts at once with one key one stores.
 */
public final class JdbiTasks implements Tasks {
    private static final String COLUMNS = "id, account_id, number, title, status, created_at, done_at";
    private final PostgresDatabase database;

    public JdbiTasks(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void add(Task task) {
        database.withHandle(handle -> bound(handle.createUpdate("""
                        INSERT INTO tasks (id, account_id, number, title, status, created_at, done_at)
                        VALUES (:id, :owner, :number, :title, :status, :createdAt, :doneAt)"""), task)
                .execute());
    }

    @Override
    public Optional<Task> addOnce(Task task, IdempotencyKey key, Instant since) {
        return database.inTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE tasks SET idempotency_key = NULL
                            WHERE account_id = :owner AND idempotency_key = :key AND created_at < :since""")
                    .bind("owner", task.owner().value())
                    .bind("key", key.value())
                    .bind("since", Timestamps.utc(since))
                    .execute();
            int stored = bound(handle.createUpdate("""
                            INSERT INTO tasks (id, account_id, number, title, status, created_at, done_at, idempotency_key)
                            VALUES (:id, :owner, :number, :title, :status, :createdAt, :doneAt, :key)
                            ON CONFLICT (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING"""), task)
                    .bind("key", key.value())
                    .execute();
            if (stored == 1) {
                return Optional.<Task>empty();
            }
            return Optional.of(handle.createQuery("SELECT " + COLUMNS
                            + " FROM tasks WHERE account_id = :owner AND idempotency_key = :key")
                    .bind("owner", task.owner().value())
                    .bind("key", key.value())
                    .map(JdbiTasks::task)
                    .one());
        });
    }

    @Override
    public Optional<Task> withId(AccountId owner, TaskId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM tasks WHERE account_id = :owner AND id = :id")
                .bind("owner", owner.value())
                .bind("id", id.value())
                .map(JdbiTasks::task)
                .findOne());
    }

    @Override
    public Optional<Task> openWithNumber(AccountId owner, ItemNumber number) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM tasks WHERE account_id = :owner AND status = 'open' AND number = :number")
                .bind("owner", owner.value())
                .bind("number", number.value())
                .map(JdbiTasks::task)
                .findOne());
    }

    @Override
    public List<Task> ofOwner(AccountId owner, Optional<TaskStatus> status, Optional<TaskId> after, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM tasks
                        WHERE account_id = :owner
                          AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                          AND (CAST(:after AS TEXT) IS NULL OR id > :after)
                        ORDER BY id
                        LIMIT :limit""")
                .bind("owner", owner.value())
                .bind("status", status.map(TaskStatus::wireName).orElse(null))
                .bind("after", after.map(TaskId::value).orElse(null))
                .bind("limit", limit)
                .map(JdbiTasks::task)
                .list());
    }

    @Override
    public void update(Task task) {
        database.withHandle(handle -> bound(handle.createUpdate("""
                        UPDATE tasks SET number = :number, title = :title, status = :status, created_at = :createdAt,
                            done_at = :doneAt
                        WHERE account_id = :owner AND id = :id"""), task)
                .execute());
    }

    @Override
    public boolean remove(AccountId owner, TaskId id) {
        return database.withHandle(handle -> handle.createUpdate("DELETE FROM tasks WHERE account_id = :owner AND id = :id")
                .bind("owner", owner.value())
                .bind("id", id.value())
                .execute()) == 1;
    }

    private static Update bound(Update update, Task task) {
        return update
                .bind("id", task.id().value())
                .bind("owner", task.owner().value())
                .bind("number", task.number().value())
                .bind("title", task.title().value())
                .bind("status", task.status().wireName())
                .bind("createdAt", Timestamps.utc(task.createdAt()))
                .bind("doneAt", Timestamps.utc(task.doneAt().orElse(null)));
    }

    private static Task task(ResultSet row, StatementContext context) throws SQLException {
        String status = row.getString("status");
        return new Task(
                new TaskId(row.getString("id")),
                new AccountId(row.getString("account_id")),
                new ItemNumber(row.getInt("number")),
                new TaskTitle(row.getString("title")),
                Arrays.stream(TaskStatus.values()).filter(s -> s.wireName().equals(status)).findFirst().orElseThrow(),
                Timestamps.instant(row, "created_at"),
                Optional.ofNullable(Timestamps.instant(row, "done_at")));
    }
}
