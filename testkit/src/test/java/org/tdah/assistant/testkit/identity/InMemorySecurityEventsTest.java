package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.identity.port.SecurityEventsContract;

class InMemorySecurityEventsTest extends SecurityEventsContract {
    @Override
    protected SecurityEvents newSecurityEvents() {
        return new InMemorySecurityEvents();
    }
}
