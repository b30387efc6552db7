package org.tdah.assistant.archfixtures.contexts.application.reminders.schedule;

import org.tdah.assistant.archfixtures.contexts.application.tasks.support.TaskTitles;

/** Breaks the rules: uses the support package of the tasks context (also not its published surface). */
public final class BorrowsTaskTitles {
    public String title(String raw) {
        return TaskTitles.tidy(raw);
    }
}
