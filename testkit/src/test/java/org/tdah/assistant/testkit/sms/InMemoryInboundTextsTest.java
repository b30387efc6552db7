package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.port.InboundTextsContract;
import org.tdah.assistant.testkit.shared.InMemoryTransactions;

class InMemoryInboundTextsTest extends InboundTextsContract {
    private final InMemoryInboundTexts store = new InMemoryInboundTexts();

    @Override
    protected InboundTexts newInboundTexts() {
        return store;
    }

    @Override
    protected Transactions newTransactions() {
        return new InMemoryTransactions(store);
    }
}
