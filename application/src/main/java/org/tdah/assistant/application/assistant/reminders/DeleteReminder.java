package org.tdah.assistant.application.assistant.reminders;

import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.AccountId;

/** Removes a reminder of the caller; nothing more of it is sent. */
public final class DeleteReminder {
    private final Reminders reminders;

    public DeleteReminder(Reminders reminders) {
        this.reminders = reminders;
    }

    /** @return whether a reminder of the caller was removed */
    public boolean delete(AccountId owner, ReminderId id) {
        return reminders.remove(owner, id);
    }
}
