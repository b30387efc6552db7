package org.tdah.assistant.archfixtures.rings.adapters.sms;

import org.tdah.assistant.archfixtures.rings.testkit.InMemoryOrders;

/** Breaks the rule: production adapter code uses an in-memory adapter of the testkit. */
public class TextsThroughTheTestkit {
    public InMemoryOrders orders;
}
