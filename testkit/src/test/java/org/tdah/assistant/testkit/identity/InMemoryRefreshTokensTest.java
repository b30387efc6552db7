package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.RefreshTokensContract;

class InMemoryRefreshTokensTest extends RefreshTokensContract {
    @Override
    protected RefreshTokens newRefreshTokens() {
        return new InMemoryRefreshTokens();
    }
}
