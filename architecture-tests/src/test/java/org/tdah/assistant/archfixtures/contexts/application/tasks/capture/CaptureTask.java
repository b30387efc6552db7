package org.tdah.assistant.archfixtures.contexts.application.tasks.capture;

import org.tdah.assistant.archfixtures.contexts.application.shared.RequestOrigin;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;
import org.tdah.assistant.archfixtures.contexts.application.tasks.support.TaskTitles;

/** A use case of the tasks context, with its command; keeps the rules (support of its own context). */
public final class CaptureTask {
    public record Command(String title) {}

    private final Tasks tasks;

    public CaptureTask(Tasks tasks) {
        this.tasks = tasks;
    }

    public void capture(Command command, RequestOrigin origin) {
        tasks.add(TaskTitles.tidy(command.title()));
    }
}
