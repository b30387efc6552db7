package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.OptOutsContract;

class InMemoryOptOutsTest extends OptOutsContract {

    @Override
    protected OptOuts newOptOuts() {
        return new InMemoryOptOuts();
    }
}
