package org.tdah.assistant.application.identity.inmemory;

import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.identity.port.SmsCodesContract;

class InMemorySmsCodesTest extends SmsCodesContract {
    @Override
    protected SmsCodes newSmsCodes() {
        return new InMemorySmsCodes();
    }
}
