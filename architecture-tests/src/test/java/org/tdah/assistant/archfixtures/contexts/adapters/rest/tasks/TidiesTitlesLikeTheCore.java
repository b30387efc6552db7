package org.tdah.assistant.archfixtures.contexts.adapters.rest.tasks;

import org.tdah.assistant.archfixtures.contexts.application.tasks.support.TaskTitles;

/** Breaks the rule: an adapter uses the support package of a context. */
public final class TidiesTitlesLikeTheCore {
    public String tidy(String title) {
        return TaskTitles.tidy(title);
    }
}
