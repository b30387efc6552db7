package org.tdah.assistant.testkit.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.port.AccessTokens;

/**
 * Opaque access tokens remembered in memory instead of signed, for tests and embedders. It has no
 * signing keys to publish. Tokens expire by the clock it is given.
 */
public final class InMemoryAccessTokens implements AccessTokens {
    private final Map<String, AccessTokenClaims> issued = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public IssuedAccessToken issue(AccessTokenClaims claims) {
        String token = "token-" + claims.tokenId();
        issued.put(token, claims);
        return new IssuedAccessToken(token, Duration.between(claims.issuedAt(), claims.expiresAt()));
    }

    @Override
    public Optional<AccessTokenClaims> verify(String token) {
        return Optional.ofNullable(issued.get(token)).filter(claims -> clock.instant().isBefore(claims.expiresAt()));
    }

    @Override
    public List<PublicSigningKey> publicKeys() {
        return List.of();
    }

    /** Nothing to rotate: these tokens are not signed. */
    @Override
    public void rotateSigningKey() {}
}
