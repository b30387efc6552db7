package org.tdah.assistant.testkit.shared;

import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.EmailOutboxContract;

class InMemoryEmailOutboxTest extends EmailOutboxContract {
    @Override
    protected EmailOutbox newOutbox(Correlation correlation) {
        return new InMemoryEmailOutbox(correlation);
    }
}
