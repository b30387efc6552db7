package org.tdah.assistant.application.assistant.tasks;

import org.tdah.assistant.domain.assistant.Task;

/** What looking for one task of the caller found; someone else's task is not found. */
public sealed interface TaskLookup {
    <T> T map(Mapping<T> mapping);

    /** One answer per variant: a new variant does not compile until every caller answers it. */
    interface Mapping<T> {
        T on(Found found);

        T on(NotFound notFound);
    }

    record Found(Task task) implements TaskLookup {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    record NotFound() implements TaskLookup {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }
}
