package org.tdah.assistant.application.assistant.tasks;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;

/** Adds an open task for its owner, under the smallest free short number. */
public final class CreateTask {
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
        Task task = transactions.inTransaction(() -> {
            Task created = Task.open(new TaskId(ids.next()), owner, numbers.nextFree(owner), title,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            tasks.add(created);
            return created;
        });
        events.taskChanged(task);
        return task;
    }
}
