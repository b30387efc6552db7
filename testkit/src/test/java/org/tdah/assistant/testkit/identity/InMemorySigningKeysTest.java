package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.SigningKeys;
import org.tdah.assistant.application.identity.port.SigningKeysContract;

class InMemorySigningKeysTest extends SigningKeysContract {
    @Override
    protected SigningKeys newSigningKeys() {
        return new InMemorySigningKeys();
    }
}
