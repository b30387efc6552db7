package org.tdah.assistant.application.shared.inmemory;

import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.EmailOutboxContract;

class InMemoryEmailOutboxTest extends EmailOutboxContract {
    @Override
    protected EmailOutbox newOutbox() {
        return new InMemoryEmailOutbox();
    }
}
