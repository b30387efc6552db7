package org.tdah.assistant.archfixtures.contexts.application.tasks;

import org.tdah.assistant.archfixtures.contexts.application.tasks.capture.CaptureTask;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;

/** Keeps the rules: the composition root of the tasks context builds its use cases. */
public final class TasksCore {
    private final CaptureTask captureTask;

    public TasksCore(Tasks tasks) {
        this.captureTask = new CaptureTask(tasks);
    }

    public CaptureTask captureTask() {
        return captureTask;
    }
}
