package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.OneTimeTokensContract;

class InMemoryOneTimeTokensTest extends OneTimeTokensContract {
    @Override
    protected OneTimeTokens newOneTimeTokens() {
        return new InMemoryOneTimeTokens();
    }
}
