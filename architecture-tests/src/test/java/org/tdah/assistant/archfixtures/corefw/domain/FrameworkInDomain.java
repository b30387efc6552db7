package org.tdah.assistant.archfixtures.corefw.domain;

/** Breaks the rule: the domain uses Jackson. */
public class FrameworkInDomain {
    public final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
}
