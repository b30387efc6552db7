package org.tdah.assistant.application.assistant.reminders;

import java.util.Optional;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PageLimit;

/** The caller's reminders, oldest first, a page at a time. */
public final class ListReminders {
    private final Reminders reminders;

    public ListReminders(Reminders reminders) {
        this.reminders = reminders;
    }

    public Page<Reminder, ReminderId> list(AccountId owner, Optional<ReminderId> after, PageLimit limit) {
        return Page.of(reminders.ofOwner(owner, after, limit.value() + 1), limit.value(), Reminder::id);
    }
}
