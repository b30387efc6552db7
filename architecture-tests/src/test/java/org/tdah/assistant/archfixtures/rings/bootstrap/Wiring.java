package org.tdah.assistant.archfixtures.rings.bootstrap;

import org.tdah.assistant.archfixtures.rings.adapters.fax.FaxMachine;
import org.tdah.assistant.archfixtures.rings.testkit.InMemoryOrders;

/** Keeps the rule: bootstrap knows every ring. */
public class Wiring {
    public FaxMachine fax;
    public InMemoryOrders orders;
}
