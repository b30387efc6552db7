package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.identity.port.SmsCodesContract;

class InMemorySmsCodesTest extends SmsCodesContract {
    @Override
    protected SmsCodes newSmsCodes() {
        return new InMemorySmsCodes();
    }
}
