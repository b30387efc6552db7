package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.PhonesContract;

class InMemoryPhonesTest extends PhonesContract {
    @Override
    protected Phones newPhones() {
        return new InMemoryPhones();
    }
}
