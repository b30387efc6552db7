package org.tdah.assistant.application.identity.inmemory;

import java.time.Clock;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.SessionsContract;

class InMemorySessionsTest extends SessionsContract {
    @Override
    protected Sessions newSessions() {
        return new InMemorySessions(Clock.systemUTC());
    }
}
