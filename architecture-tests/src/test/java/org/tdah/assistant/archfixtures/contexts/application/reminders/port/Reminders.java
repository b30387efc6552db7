package org.tdah.assistant.archfixtures.contexts.application.reminders.port;

public interface Reminders {
    void schedule(String what);
}
