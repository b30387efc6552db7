package org.tdah.assistant.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.tasks.ChangeTask;
import org.tdah.assistant.application.assistant.tasks.CreateTask;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.IdempotencyKey;
import org.tdah.assistant.testkit.InMemoryCore;

/**
 * Creating a task with an idempotency key on the in-memory adapters: a second call with the key
 * answers the first task, as it is now, and creates nothing; another person's same key, a call
 * without a key and a key past its 24 hours each create a task.
 */
class CreateTaskTest {
    private static final TaskTitle TITLE = new TaskTitle("call the bank");
    private final InMemoryCore fixture = new InMemoryCore();
    private final CreateTask createTask = fixture.core.assistant().createTask();
    private final AccountId sam = new AccountId("account-sam");
    private final AccountId alex = new AccountId("account-alex");
    private final Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("5d1e2c3b-queued-once"));

    private int tasksOf(AccountId owner) {
        return fixture.tasks.ofOwner(owner, Optional.empty(), Optional.empty(), 100).size();
    }

    @Test
    void the_same_key_twice_creates_one_task_and_answers_it_again_without_a_second_event() {
        CreateTask.Result first = createTask.create(sam, TITLE, key);
        fixture.clock.advance(Duration.ofMinutes(30));
        CreateTask.Result again = createTask.create(sam, TITLE, key);

        assertThat(first).isInstanceOf(CreateTask.Result.Created.class);
        assertThat(again).isInstanceOf(CreateTask.Result.Replayed.class);
        assertThat(again.task()).isEqualTo(first.task());
        assertThat(tasksOf(sam)).isEqualTo(1);
        assertThat(fixture.assistantEvents.recorded()).hasSize(1);
    }

    @Test
    void a_replay_answers_the_task_as_it_is_now() {
        Task created = createTask.create(sam, TITLE, key).task();
        fixture.core.assistant().changeTask().change(sam, created.id(),
                new ChangeTask.Command(Optional.empty(),
                        Optional.of(TaskStatus.DONE)));

        assertThat(createTask.create(sam, TITLE, key).task().status()).isEqualTo(TaskStatus.DONE);
        assertThat(tasksOf(sam)).isEqualTo(1);
    }

    @Test
    void another_person_s_same_key_and_calls_without_a_key_create_their_own_tasks() {
        createTask.create(sam, TITLE, key);
        assertThat(createTask.create(alex, TITLE, key)).isInstanceOf(CreateTask.Result.Created.class);
        createTask.create(sam, TITLE);
        createTask.create(sam, TITLE, Optional.empty());

        assertThat(tasksOf(sam)).isEqualTo(3);
        assertThat(tasksOf(alex)).isEqualTo(1);
    }

    @Test
    void a_key_is_kept_for_24_hours_and_then_names_a_new_task() {
        Task first = createTask.create(sam, TITLE, key).task();
        fixture.clock.advance(CreateTask.KEY_LIFETIME.minusSeconds(1));
        assertThat(createTask.create(sam, TITLE, key).task()).isEqualTo(first);

        fixture.clock.advance(Duration.ofSeconds(2));
        CreateTask.Result later = createTask.create(sam, TITLE, key);
        assertThat(later).isInstanceOf(CreateTask.Result.Created.class);
        assertThat(later.task().id()).isNotEqualTo(first.id());
        assertThat(createTask.create(sam, TITLE, key).task()).isEqualTo(later.task());
        assertThat(tasksOf(sam)).isEqualTo(2);
    }
}
