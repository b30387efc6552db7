package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.port.SmsOutboxContract;

class InMemorySmsOutboxTest extends SmsOutboxContract {

    @Override
    protected SmsOutbox newOutbox() {
        return new InMemorySmsOutbox();
    }
}
