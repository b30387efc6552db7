package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.port.TotpCredentialsContract;

class InMemoryTotpCredentialsTest extends TotpCredentialsContract {
    @Override
    protected TotpCredentials newCredentials() {
        return new InMemoryTotpCredentials();
    }
}
