package org.tdah.assistant.application.identity.tokens;

import java.util.List;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.port.AccessTokens;

/** Lists the public keys with which anyone can verify the access tokens this system signs. */
public final class PublishSigningKeys {
    private final AccessTokens accessTokens;

    public PublishSigningKeys(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    public List<PublicSigningKey> publicKeys() {
        return accessTokens.publicKeys();
    }
}
