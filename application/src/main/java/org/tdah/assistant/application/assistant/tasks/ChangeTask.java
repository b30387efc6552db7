package org.tdah.assistant.application.assistant.tasks;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.assistant.support.ItemKeeping;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Renames a task of the caller, marks it done (its reminders stop) or opens it again (under its old
 * number when still free). Answers {@link TaskLookup.NotFound} for anyone else's task.
 */
public final class ChangeTask {

    /** What to change; an empty field stays as it is. */
    public record Command(Optional<TaskTitle> title, Optional<TaskStatus> status) {
        public Command {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
        }
    }

    private final Tasks tasks;
    private final ItemKeeping keeping;
    private final AssistantEvents events;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeTask(Tasks tasks, ItemKeeping keeping, AssistantEvents events, Transactions transactions, Clock clock) {
        this.tasks = tasks;
        this.keeping = keeping;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public TaskLookup change(AccountId owner, TaskId id, Command command) {
        TaskLookup result = transactions.inTransaction(() -> tasks.withId(owner, id)
                .<TaskLookup>map(task -> new TaskLookup.Found(changed(task, command)))
                .orElseGet(TaskLookup.NotFound::new));
        if (result instanceof TaskLookup.Found found) {
            events.taskChanged(found.task());
        }
        return result;
    }

    private Task changed(Task task, Command command) {
        Task current = task;
        if (command.title().isPresent()) {
            current = current.retitled(command.title().get());
            tasks.update(current);
        }
        if (command.status().isPresent() && command.status().get() != current.status()) {
            current = command.status().get() == TaskStatus.DONE
                    ? keeping.completeTask(current, clock.instant().truncatedTo(ChronoUnit.MILLIS))
                    : keeping.reopenTask(current);
        }
        return current;
    }
}
