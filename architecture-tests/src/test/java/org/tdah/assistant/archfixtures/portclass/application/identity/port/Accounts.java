package org.tdah.assistant.archfixtures.portclass.application.identity.port;

/** Breaks the rule: an out-port that is a class, not an interface. */
public class Accounts {}
