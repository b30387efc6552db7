package org.tdah.assistant.testkit.assistant;

import java.util.ArrayList;
import java.util.List;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.Task;

/** The assistant events, recorded in order as {@code type owner id}, for scenarios to look at. */
public final class RecordingAssistantEvents implements AssistantEvents {
    private final List<String> recorded = new ArrayList<>();

    @Override
    public synchronized void reminderFired(Reminder reminder) {
        recorded.add("reminder.fired " + reminder.owner().value() + " " + reminder.id().value());
    }

    @Override
    public synchronized void taskChanged(Task task) {
        recorded.add("task.changed " + task.owner().value() + " " + task.id().value());
    }

    public synchronized List<String> recorded() {
        return List.copyOf(recorded);
    }
}
