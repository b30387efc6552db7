package org.tdah.assistant.archfixtures.cycle.domain.tasks;

import org.tdah.assistant.archfixtures.cycle.domain.reminders.Reminder;

/** Breaks the rule together with Reminder: two packages that need each other. */
public class Task {
    public Reminder reminder;
}
