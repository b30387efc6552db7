package org.tdah.assistant.application.assistant.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.IdempotencyKey;

/**
 * Adds an open task for its owner, under the smallest free short number. With an idempotency key
 * (decision 0029), the same key of the same owner within {@link #KEY_LIFETIME} answers the task the
 * first call created instead of creating another: a queued or retried request creates one task.
 */
public final class CreateTask {
    /** How long a key names its creation; after that the same key creates a new task. */
    public static final Duration KEY_LIFETIME = Duration.ofHours(24);

    private final Tasks tasks;
    private final ItemNumbers numbers;
    private final AssistantEvents events;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public CreateTask(Tasks tasks, ItemNumbers numbers, AssistantEvents events, Transactions transactions, Ids ids,
            Clock clock) {
        this.tasks = tasks;
        this.numbers = numbers;
        this.events = events;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public Task create(AccountId owner, TaskTitle title) {
        return create(owner, title, Optional.empty()).task();
    }

    /** Creates the task, or answers the one created earlier under the same key. */
    public Result create(AccountId owner, TaskTitle title, Optional<IdempotencyKey> key) {
        Result result = transactions.inTransaction(() -> {
            // nextFree locks the owner's numbers until the transaction ends, so a second call with
            // the same key waits here and then finds the first one's task.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Task created = Task.open(new TaskId(ids.next()), owner, numbers.nextFree(owner), title, now);
            if (key.isEmpty()) {
                tasks.add(created);
                return new Result.Created(created);
            }
            return tasks.addOnce(created, key.get(), now.minus(KEY_LIFETIME))
                    .<Result>map(Result.Replayed::new)
                    .orElseGet(() -> new Result.Created(created));
        });
        if (result instanceof Result.Created) {
            events.taskChanged(result.task());
        }
        return result;
    }

    /** A new task, or the one an earlier call with the same key created (as it is now). */
    public sealed interface Result {
        Task task();

        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Created created);

            T on(Replayed replayed);
        }

        record Created(Task task) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record Replayed(Task task) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }
}
