package org.tdah.assistant.archfixtures.contexts.adapters.rest.tasks;

import org.tdah.assistant.archfixtures.contexts.application.shared.RequestOrigin;
import org.tdah.assistant.archfixtures.contexts.application.tasks.capture.CaptureTask;

/** Keeps the rules: receives the use case built, builds its command. */
public final class CaptureTaskResource {
    private final CaptureTask captureTask;

    public CaptureTaskResource(CaptureTask captureTask) {
        this.captureTask = captureTask;
    }

    public void post(String title) {
        captureTask.capture(new CaptureTask.Command(title), new RequestOrigin("203.0.113.7"));
    }
}
