package org.tdah.assistant.application.assistant.reminders;

import org.tdah.assistant.domain.assistant.Reminder;

/** What looking for one reminder of the caller found; someone else's reminder is not found. */
public sealed interface ReminderLookup {
    <T> T map(Mapping<T> mapping);

    /** One answer per variant: a new variant does not compile until every caller answers it. */
    interface Mapping<T> {
        T on(Found found);

        T on(NotFound notFound);
    }

    record Found(Reminder reminder) implements ReminderLookup {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    record NotFound() implements ReminderLookup {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }
}
