package org.tdah.assistant.archfixtures.contexts.bootstrap.keys;

import org.tdah.assistant.archfixtures.contexts.application.tasks.capture.CaptureTask;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;

/** Breaks the rule, as a command that builds the use case it runs: new CaptureTask(...). */
public final class CaptureCommand {
    public void run(Tasks tasks) {
        new CaptureTask(tasks).capture(new CaptureTask.Command("water the plants"), null);
    }
}
