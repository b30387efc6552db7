package org.tdah.assistant.archfixtures.adaptercoupling.adapters.fax;

import org.tdah.assistant.archfixtures.adaptercoupling.adapters.sms.SmsThing;

/** Breaks the rule: an adapter no rule names (fax) reaches into the SMS adapter. */
public class FaxThing {
    public SmsThing sms;
}
