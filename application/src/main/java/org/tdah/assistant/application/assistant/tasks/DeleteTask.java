package org.tdah.assistant.application.assistant.tasks;

import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;

/** Removes a task of the caller; its reminders stay, without a task. */
public final class DeleteTask {
    private final Tasks tasks;

    public DeleteTask(Tasks tasks) {
        this.tasks = tasks;
    }

    /** @return whether a task of the caller was removed */
    public boolean delete(AccountId owner, TaskId id) {
        return tasks.remove(owner, id);
    }
}
