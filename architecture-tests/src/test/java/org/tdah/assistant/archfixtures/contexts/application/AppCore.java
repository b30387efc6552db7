package org.tdah.assistant.archfixtures.contexts.application;

import org.tdah.assistant.archfixtures.contexts.application.tasks.capture.CaptureTask;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;

/** Breaks the rule: the core of all contexts builds a use case instead of composing TasksCore. */
public final class AppCore {
    public final CaptureTask captureTask;

    public AppCore(Tasks tasks) {
        this.captureTask = new CaptureTask(tasks);
    }
}
