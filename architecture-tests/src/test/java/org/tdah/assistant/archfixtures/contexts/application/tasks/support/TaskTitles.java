package org.tdah.assistant.archfixtures.contexts.application.tasks.support;

/** A helper the sub-packages of the tasks context share; public only because Java needs it. */
public final class TaskTitles {
    public static String tidy(String title) {
        return title.strip();
    }
}
