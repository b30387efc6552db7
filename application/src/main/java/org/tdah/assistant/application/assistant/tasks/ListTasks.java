package org.tdah.assistant.application.assistant.tasks;

import java.util.Optional;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PageLimit;

/** The caller's tasks, oldest first, of one status when asked, a page at a time. */
public final class ListTasks {
    private final Tasks tasks;

    public ListTasks(Tasks tasks) {
        this.tasks = tasks;
    }

    public Page<Task, TaskId> list(AccountId owner, Optional<TaskStatus> status, Optional<TaskId> after, PageLimit limit) {
        return Page.of(tasks.ofOwner(owner, status, after, limit.value() + 1), limit.value(), Task::id);
    }
}
