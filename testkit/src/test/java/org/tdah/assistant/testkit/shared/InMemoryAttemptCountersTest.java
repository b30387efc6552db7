package org.tdah.assistant.testkit.shared;

import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.application.shared.port.AttemptCountersContract;

class InMemoryAttemptCountersTest extends AttemptCountersContract {
    @Override
    protected AttemptCounters newCounters() {
        return new InMemoryAttemptCounters();
    }
}
