package org.tdah.assistant.archfixtures.contexts.application.tasks.port;

public interface Tasks {
    void add(String title);
}
