package org.tdah.assistant.archfixtures.contexts.application.reminders;

import org.tdah.assistant.archfixtures.contexts.application.reminders.port.Reminders;
import org.tdah.assistant.archfixtures.contexts.application.reminders.schedule.ScheduleReminder;
import org.tdah.assistant.archfixtures.contexts.application.tasks.TasksCore;

/** Keeps the rules: builds its own use case, from what the tasks context publishes. */
public final class RemindersCore {
    public final ScheduleReminder scheduleReminder;

    public RemindersCore(Reminders reminders, TasksCore tasks) {
        this.scheduleReminder = new ScheduleReminder(reminders, tasks);
    }
}
