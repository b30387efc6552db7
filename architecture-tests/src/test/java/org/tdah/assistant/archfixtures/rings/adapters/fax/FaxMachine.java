package org.tdah.assistant.archfixtures.rings.adapters.fax;

import org.tdah.assistant.archfixtures.rings.bootstrap.Wiring;

/** Breaks the rule: an adapter no rule names (fax) knows bootstrap. */
public class FaxMachine {
    public Wiring wiring;
}
