package org.tdah.assistant.application.assistant.reminders;

import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.AccountId;

/** One reminder of the caller. */
public final class ViewReminder {
    private final Reminders reminders;

    public ViewReminder(Reminders reminders) {
        this.reminders = reminders;
    }

    public ReminderLookup view(AccountId owner, ReminderId id) {
        return reminders.withId(owner, id).<ReminderLookup>map(ReminderLookup.Found::new)
                .orElseGet(ReminderLookup.NotFound::new);
    }
}
