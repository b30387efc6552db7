package org.tdah.assistant.testkit.identity;

import java.time.Clock;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.AccessTokensContract;

class InMemoryAccessTokensTest extends AccessTokensContract {
    @Override
    protected AccessTokens newAccessTokens(Clock clock) {
        return new InMemoryAccessTokens(clock);
    }
}
