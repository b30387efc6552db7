package org.tdah.assistant.archfixtures.cycle.domain.reminders;

import org.tdah.assistant.archfixtures.cycle.domain.tasks.Task;

public class Reminder {
    public Task task;
}
