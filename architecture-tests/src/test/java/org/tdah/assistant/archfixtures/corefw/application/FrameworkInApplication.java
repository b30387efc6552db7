package org.tdah.assistant.archfixtures.corefw.application;

/** Breaks the rule: a use case talks to JDBI. */
public class FrameworkInApplication {
    public org.jdbi.v3.core.Jdbi database;
}
