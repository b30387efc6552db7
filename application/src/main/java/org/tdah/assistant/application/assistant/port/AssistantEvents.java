package org.tdah.assistant.application.assistant.port;

import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.Task;

/**
 * Tells a person's open apps that a reminder fired or a task changed, once it is committed. A
 * notification, not the record: an implementation that cannot deliver one logs it and goes on.
 */
public interface AssistantEvents {
    void reminderFired(Reminder reminder);

    void taskChanged(Task task);
}
