package org.tdah.assistant.application.identity.port;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.PublicSigningKey;

/**
 * Signed, self-contained access tokens. Verification accepts only tokens this system signed,
 * with a known key and an allowed algorithm, that have not expired.
 */
public interface AccessTokens {
    IssuedAccessToken issue(AccessTokenClaims claims);

    Optional<AccessTokenClaims> verify(String token);

    /** The public halves of the keys a token may currently be signed with, for the JWKS. */
    List<PublicSigningKey> publicKeys();

    /**
     * Makes a new signing key the one new tokens are signed with; tokens signed with the previous
     * key stay valid until they expire, and both keys are published meanwhile.
     */
    void rotateSigningKey();
}
