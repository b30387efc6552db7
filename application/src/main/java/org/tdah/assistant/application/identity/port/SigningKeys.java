package org.tdah.assistant.application.identity.port;

import java.util.List;
import org.tdah.assistant.application.identity.SigningKey;

/**
 * Durable store of token signing keys, shared by every instance so that a token signed by one
 * verifies on all of them and survives restarts. Private halves are encrypted at rest.
 */
public interface SigningKeys {
    /** Every stored key, newest first. */
    List<SigningKey> newestFirst();

    void add(SigningKey key);
}
