package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.port.InboundTextsContract;

class InMemoryInboundTextsTest extends InboundTextsContract {

    @Override
    protected InboundTexts newInboundTexts() {
        return new InMemoryInboundTexts();
    }
}
