package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.port.PhoneNumbersContract;

class InMemoryPhoneNumbersTest extends PhoneNumbersContract {

    @Override
    protected PhoneNumbers newPhoneNumbers() {
        return new InMemoryPhoneNumbers();
    }
}
