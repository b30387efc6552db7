package org.tdah.assistant.testkit.identity;

import java.time.Duration;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.SessionsContract;

class InMemorySessionsTest extends SessionsContract {
    @Override
    protected Sessions newSessions(Duration touchInterval) {
        return new InMemorySessions(touchInterval);
    }
}
