package org.tdah.assistant.archfixtures.rings.testkit;

import org.tdah.assistant.archfixtures.rings.adapters.fax.FaxMachine;

/** Breaks the rule: the testkit reaches into an adapter. */
public class FaxingOrders {
    public FaxMachine fax;
}
