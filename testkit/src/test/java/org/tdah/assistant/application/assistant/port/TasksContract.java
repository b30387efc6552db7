package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.IdempotencyKey;

/** What every implementation of {@link Tasks} must do. */
public abstract class TasksContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");

    private final OrderedIds ids = new OrderedIds();
    private Tasks tasks;
    private AccountId owner;
    private AccountId other;

    protected abstract Tasks newTasks();

    /** An account tasks may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpTasks() {
        tasks = newTasks();
        owner = anAccount();
        other = anAccount();
    }

    private Task open(AccountId of, int number, String title) {
        return Task.open(new TaskId(ids.next()), of, new ItemNumber(number), new TaskTitle(title), AT);
    }

    @Test
    void a_stored_task_comes_back_field_for_field() {
        Task open = open(owner, 1, "Appeler maman ☎️ à 18h");
        Task done = open(owner, 1, "Sortir les poubelles").done(AT.plusSeconds(90).plusNanos(7_000));

        tasks.add(open);
        tasks.add(done);

        assertThat(tasks.withId(owner, open.id())).contains(open);
        assertThat(tasks.withId(owner, done.id())).contains(done);
        assertThat(tasks.withId(owner, new TaskId(ids.next()))).isEmpty();
    }

    @Test
    void another_person_s_id_reads_changes_and_removes_none_of_the_owner_s_tasks() {
        Task task = open(owner, 1, "Payer les factures");
        tasks.add(task);

        tasks.update(new Task(task.id(), other, task.number(), new TaskTitle("changed"), TaskStatus.DONE, AT,
                Optional.of(AT)));

        assertThat(tasks.withId(other, task.id())).isEmpty();
        assertThat(tasks.openWithNumber(other, task.number())).isEmpty();
        assertThat(tasks.ofOwner(other, Optional.empty(), Optional.empty(), 10)).isEmpty();
        assertThat(tasks.remove(other, task.id())).isFalse();
        assertThat(tasks.withId(owner, task.id())).contains(task);
    }

    @Test
    void the_tasks_of_an_owner_come_oldest_first_page_after_page_without_another_s() {
        List<TaskId> added = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Task mine = open(owner, i, "mine " + i);
            tasks.add(mine);
            added.add(mine.id());
            tasks.add(open(other, i, "theirs " + i));
        }

        List<TaskId> seen = new ArrayList<>();
        Optional<TaskId> after = Optional.empty();
        List<Task> page;
        do {
            page = tasks.ofOwner(owner, Optional.empty(), after, 3);
            page.forEach(task -> seen.add(task.id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == 3);

        assertThat(seen).containsExactlyElementsOf(added);
    }

    @Test
    void the_status_filter_keeps_the_tasks_of_that_status_only() {
        Task open = open(owner, 1, "open");
        Task done = open(owner, 2, "done").done(AT);
        Task alsoOpen = open(owner, 3, "also open");
        tasks.add(open);
        tasks.add(done);
        tasks.add(alsoOpen);

        assertThat(tasks.ofOwner(owner, Optional.of(TaskStatus.OPEN), Optional.empty(), 10))
                .containsExactly(open, alsoOpen);
        assertThat(tasks.ofOwner(owner, Optional.of(TaskStatus.DONE), Optional.empty(), 10)).containsExactly(done);
        assertThat(tasks.ofOwner(owner, Optional.of(TaskStatus.OPEN), Optional.of(open.id()), 10))
                .containsExactly(alsoOpen);
    }

    @Test
    void the_open_task_with_a_number_is_found_and_a_done_one_with_that_number_is_not() {
        Task done = open(owner, 2, "done long ago").done(AT);
        tasks.add(done);
        assertThat(tasks.openWithNumber(owner, new ItemNumber(2))).isEmpty();

        Task open = open(owner, 2, "open now");
        tasks.add(open);
        tasks.add(open(other, 2, "someone else's"));

        assertThat(tasks.openWithNumber(owner, new ItemNumber(2))).contains(open);
        assertThat(tasks.openWithNumber(owner, new ItemNumber(3))).isEmpty();
    }

    @Test
    void an_update_replaces_every_field_of_the_owner_s_task() {
        Task task = open(owner, 1, "before");
        tasks.add(task);

        Task done = task.retitled(new TaskTitle("after")).done(AT.plusSeconds(60));
        tasks.update(done);
        assertThat(tasks.withId(owner, task.id())).contains(done);

        Task reopened = done.reopened(new ItemNumber(4));
        tasks.update(reopened);
        assertThat(tasks.withId(owner, task.id())).contains(reopened);
        assertThat(tasks.openWithNumber(owner, new ItemNumber(4))).contains(reopened);
    }

    @Test
    void a_removed_task_is_gone_and_the_others_stay() {
        Task removed = open(owner, 1, "removed");
        Task kept = open(owner, 2, "kept");
        tasks.add(removed);
        tasks.add(kept);

        assertThat(tasks.remove(owner, removed.id())).isTrue();
        assertThat(tasks.remove(owner, removed.id())).isFalse();

        assertThat(tasks.withId(owner, removed.id())).isEmpty();
        assertThat(tasks.ofOwner(owner, Optional.empty(), Optional.empty(), 10)).containsExactly(kept);
    }

    @Test
    void a_key_stores_one_task_and_then_answers_that_task_as_it_is_now() {
        IdempotencyKey key = new IdempotencyKey("0b7c9f5e-7a2d-4e61-9c43-5f1d2a8b6e70");
        Instant since = AT.minus(Duration.ofHours(24));
        Task first = open(owner, 1, "Acheter du pain");

        assertThat(tasks.addOnce(first, key, since)).isEmpty();
        Task done = first.done(AT.plusSeconds(5));
        tasks.update(done);

        assertThat(tasks.addOnce(open(owner, 2, "Acheter du pain"), key, since)).contains(done);
        assertThat(tasks.ofOwner(owner, Optional.empty(), Optional.empty(), 10)).containsExactly(done);
    }

    @Test
    void another_owner_s_same_key_is_another_key() {
        IdempotencyKey key = new IdempotencyKey("shared-key");
        Instant since = AT.minus(Duration.ofHours(24));
        Task mine = open(owner, 1, "mine");
        Task theirs = open(other, 1, "theirs");

        assertThat(tasks.addOnce(mine, key, since)).isEmpty();
        assertThat(tasks.addOnce(theirs, key, since)).isEmpty();

        assertThat(tasks.withId(owner, mine.id())).contains(mine);
        assertThat(tasks.withId(other, theirs.id())).contains(theirs);
    }

    @Test
    void a_key_used_before_since_is_released_and_names_the_new_task() {
        IdempotencyKey key = new IdempotencyKey("yesterday");
        Task old = open(owner, 1, "old");
        tasks.add(open(owner, 3, "unkeyed"));
        assertThat(tasks.addOnce(old, key, AT.minus(Duration.ofHours(24)))).isEmpty();

        Task fresh = open(owner, 2, "fresh");
        assertThat(tasks.addOnce(fresh, key, AT.plusSeconds(1))).isEmpty();
        assertThat(tasks.addOnce(open(owner, 4, "again"), key, AT.minus(Duration.ofHours(24)))).contains(fresh);
        assertThat(tasks.ofOwner(owner, Optional.empty(), Optional.empty(), 10)).hasSize(3);
    }

    @Test
    void the_key_of_a_removed_task_is_forgotten_with_it() {
        IdempotencyKey key = new IdempotencyKey("removed");
        Instant since = AT.minus(Duration.ofHours(24));
        Task removed = open(owner, 1, "removed");
        tasks.addOnce(removed, key, since);
        tasks.remove(owner, removed.id());

        assertThat(tasks.addOnce(open(owner, 1, "again"), key, since)).isEmpty();
        assertThat(tasks.ofOwner(owner, Optional.empty(), Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void several_calls_at_once_with_one_key_store_one_task_and_all_answer_it() throws Exception {
        IdempotencyKey key = new IdempotencyKey("at-once");
        Instant since = AT.minus(Duration.ofHours(24));
        List<Task> candidates = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            candidates.add(open(owner, i, "at once"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        try {
            List<Callable<Optional<Task>>> calls = new ArrayList<>();
            candidates.forEach(task -> calls.add(() -> tasks.addOnce(task, key, since)));
            List<Optional<Task>> answers = new ArrayList<>();
            for (Future<Optional<Task>> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            List<Task> stored = tasks.ofOwner(owner, Optional.empty(), Optional.empty(), 10);
            assertThat(stored).hasSize(1);
            assertThat(answers.stream().filter(Optional::isEmpty)).hasSize(1);
            assertThat(answers.stream().flatMap(Optional::stream)).hasSize(candidates.size() - 1)
                    .allMatch(task -> task.equals(stored.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }
}
