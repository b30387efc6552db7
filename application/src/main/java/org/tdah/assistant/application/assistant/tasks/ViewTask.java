package org.tdah.assistant.application.assistant.tasks;

import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;

/** One task of the caller. */
public final class ViewTask {
    private final Tasks tasks;

    public ViewTask(Tasks tasks) {
        this.tasks = tasks;
    }

    public TaskLookup view(AccountId owner, TaskId id) {
        return tasks.withId(owner, id).<TaskLookup>map(TaskLookup.Found::new).orElseGet(TaskLookup.NotFound::new);
    }
}
