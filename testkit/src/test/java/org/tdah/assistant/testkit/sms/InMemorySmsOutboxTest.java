package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.port.SmsOutboxContract;
import org.tdah.assistant.testkit.shared.InMemoryTransactions;

class InMemorySmsOutboxTest extends SmsOutboxContract {
    private final InMemorySmsOutbox store = new InMemorySmsOutbox();

    @Override
    protected SmsOutbox newOutbox() {
        return store;
    }

    @Override
    protected Transactions newTransactions() {
        return new InMemoryTransactions(store);
    }
}
