package org.tdah.assistant.archfixtures.contexts.bootstrap.keys;

import java.util.function.Function;
import org.tdah.assistant.archfixtures.contexts.application.tasks.capture.CaptureTask;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;

/** Breaks the rule with a constructor reference: CaptureTask::new. */
public final class CaptureCommandByReference {
    public final Function<Tasks, CaptureTask> factory = CaptureTask::new;
}
