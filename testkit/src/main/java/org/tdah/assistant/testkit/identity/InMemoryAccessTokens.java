package org.tdah.assistant.testkit.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.port.AccessTokens;

/**
 * Opaque access tokens remembered in memory instead of signed, for tests and embedders; behaves as
 * {@code AccessTokensContract} says. Each token is tied to a key that exists by name only: tokens
 * verify while their key is the current or the previous one and until they expire by the clock
 * this is given, as ES256 tokens do. The published keys are placeholders (algorithm and curve
 * {@code none}, no coordinates) that name those two keys: there is nothing to verify with them.
 */
public final class InMemoryAccessTokens implements AccessTokens {
    static final String NO_ALGORITHM = "none";
    private static final int USABLE_KEYS = 2;

    private record Issued(String keyId, AccessTokenClaims claims) {}

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final List<String> keyIdsNewestFirst = new ArrayList<>(List.of(keyId(1)));
    private final Clock clock;

    public InMemoryAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized IssuedAccessToken issue(AccessTokenClaims claims) {
        String keyId = keyIdsNewestFirst.get(0);
        String token = keyId + "." + claims.tokenId();
        issued.put(token, new Issued(keyId, claims));
        return new IssuedAccessToken(token, Duration.between(claims.issuedAt(), claims.expiresAt()));
    }

    @Override
    public synchronized Optional<AccessTokenClaims> verify(String token) {
        return Optional.ofNullable(token == null ? null : issued.get(token))
                .filter(remembered -> usableKeyIds().contains(remembered.keyId()))
                .map(Issued::claims)
                .filter(claims -> clock.instant().isBefore(claims.expiresAt()));
    }

    @Override
    public synchronized List<PublicSigningKey> publicKeys() {
        return usableKeyIds().stream()
                .map(keyId -> new PublicSigningKey(keyId, NO_ALGORITHM, NO_ALGORITHM, "", ""))
                .toList();
    }

    @Override
    public synchronized void rotateSigningKey() {
        keyIdsNewestFirst.add(0, keyId(keyIdsNewestFirst.size() + 1));
    }

    private List<String> usableKeyIds() {
        return List.copyOf(keyIdsNewestFirst.subList(0, Math.min(USABLE_KEYS, keyIdsNewestFirst.size())));
    }

    private static String keyId(int generation) {
        return "in-memory-key-" + generation;
    }
}
