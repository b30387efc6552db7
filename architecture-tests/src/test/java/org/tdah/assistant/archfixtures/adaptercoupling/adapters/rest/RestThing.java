package org.tdah.assistant.archfixtures.adaptercoupling.adapters.rest;

import org.tdah.assistant.archfixtures.adaptercoupling.adapters.persistence.PersistenceThing;

/** Breaks the rule: the REST adapter reaches into the persistence adapter. */
public class RestThing {
    public PersistenceThing store = new PersistenceThing();
}
