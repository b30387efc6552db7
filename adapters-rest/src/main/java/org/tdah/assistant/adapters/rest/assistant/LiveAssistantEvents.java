package org.tdah.assistant.adapters.rest.assistant;

import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.ReminderJson;
import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.TaskJson;
import org.tdah.assistant.adapters.rest.live.LiveResources;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.Task;

/**
 * The assistant events as live events ({@code reminder.fired}, {@code task.changed}): each
 * resource rendered exactly as the task and reminder endpoints render it.
 */
public final class LiveAssistantEvents implements AssistantEvents {
    private final LiveResources live;

    public LiveAssistantEvents(LiveEventStream stream) {
        this.live = new LiveResources(stream);
    }

    @Override
    public void reminderFired(Reminder reminder) {
        live.append(reminder.owner(), "reminder.fired", ReminderJson.of(reminder));
    }

    @Override
    public void taskChanged(Task task) {
        live.append(task.owner(), "task.changed", TaskJson.of(task));
    }
}
