package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.application.sms.port.SmsUsageContract;

class InMemorySmsUsageTest extends SmsUsageContract {

    @Override
    protected SmsUsage newUsage() {
        return new InMemorySmsUsage();
    }
}
