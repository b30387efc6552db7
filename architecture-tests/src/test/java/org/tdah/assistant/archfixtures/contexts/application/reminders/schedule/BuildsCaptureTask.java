package org.tdah.assistant.archfixtures.contexts.application.reminders.schedule;

import org.tdah.assistant.archfixtures.contexts.application.tasks.capture.CaptureTask;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;

/** Breaks the rules: builds a use case of the tasks context (inside a sub-package, not published). */
public final class BuildsCaptureTask {
    public CaptureTask build(Tasks tasks) {
        return new CaptureTask(tasks);
    }
}
