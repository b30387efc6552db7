package org.tdah.assistant.archfixtures.coretoadapter.application;

import org.tdah.assistant.archfixtures.coretoadapter.adapters.persistence.Store;

/** Breaks the rule: a use case knows an adapter. */
public class UseCase {
    public Store store;
}
