package org.tdah.assistant.archfixtures.rings.application;

import org.tdah.assistant.archfixtures.rings.testkit.InMemoryOrders;

/** Breaks the rule: the core knows the testkit. */
public class UsesTheTestkit {
    public InMemoryOrders orders;
}
