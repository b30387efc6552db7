package org.tdah.assistant.archfixtures.rings.testkit;

import org.tdah.assistant.archfixtures.rings.bootstrap.Wiring;

/** Breaks the rule: the testkit knows bootstrap. */
public class ReadsTheConfiguration {
    public Wiring wiring;
}
