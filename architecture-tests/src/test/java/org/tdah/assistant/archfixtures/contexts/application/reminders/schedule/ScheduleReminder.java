package org.tdah.assistant.archfixtures.contexts.application.reminders.schedule;

import org.tdah.assistant.archfixtures.contexts.application.reminders.port.Reminders;
import org.tdah.assistant.archfixtures.contexts.application.shared.RequestOrigin;
import org.tdah.assistant.archfixtures.contexts.application.tasks.TasksCore;
import org.tdah.assistant.archfixtures.contexts.application.tasks.port.Tasks;

/** Keeps the rules: another context only through its root (TasksCore) and port (Tasks) packages, and shared. */
public final class ScheduleReminder {
    private final Reminders reminders;
    private final TasksCore tasks;

    public ScheduleReminder(Reminders reminders, TasksCore tasks) {
        this.reminders = reminders;
        this.tasks = tasks;
    }

    public void schedule(String what, Tasks list, RequestOrigin origin) {
        list.add(what);
        reminders.schedule(what);
    }
}
