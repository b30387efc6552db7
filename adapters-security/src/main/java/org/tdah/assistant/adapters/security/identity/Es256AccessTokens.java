package org.tdah.assistant.adapters.security.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.SigningKey;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.SigningKeys;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * Access tokens as JWTs signed with ES256 (ECDSA on P-256 with SHA-256), the {@code kid} header
 * naming the key (its RFC 7638 thumbprint). Verification accepts nothing but ES256 with a key
 * from the shared store, this issuer and audience, and an unexpired token: {@code alg: none},
 * HMAC and unknown keys are refused.
 *
 * <p>Keys are read from {@link SigningKeys} and kept in memory. New tokens are signed with the
 * newest key; tokens verify with the newest two (the current and the previous, which is what
 * {@link #publicKeys()} publishes), so a rotation never cuts short a token signed just before it.
 * The store is reread every {@link #REFRESH_INTERVAL}, so that every instance moves to a key
 * another one added, and sooner when a token names an unknown {@code kid} (at most once per
 * {@link #RELOAD_INTERVAL}).
 *
 * <p>A client presents the same token for up to 15 minutes, so verified tokens are remembered
 * (at most {@link #REMEMBERED_TOKENS}): the signature of a token is checked once, while its expiry
 * and the usability of its key are checked on every use. Revocation is not this class's concern:
 * the session of every token is checked on every request.
 */
public final class Es256AccessTokens implements AccessTokens {
    static final String ALGORITHM = "ES256";
    static final Duration RELOAD_INTERVAL = Duration.ofSeconds(1);
    static final Duration REFRESH_INTERVAL = Duration.ofSeconds(10);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final int USABLE_KEYS = 2;
    static final int REMEMBERED_TOKENS = 10_000;

    /** Who issues the tokens and for whom they are meant. */
    public record Settings(String issuer, String audience) {
        public Settings {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(audience, "audience");
        }
    }

    private record LoadedKey(String keyId, ECKey jwk, ECDSAVerifier verifier, ECDSASigner signer) {}

    private record VerifiedToken(String keyId, AccessTokenClaims claims) {}

    private final Map<String, VerifiedToken> verifiedTokens = new ConcurrentHashMap<>();

    private final SigningKeys signingKeys;
    private final Settings settings;
    private final Clock clock;
    private volatile List<LoadedKey> keys;
    private volatile Instant loadedAt;

    public Es256AccessTokens(SigningKeys signingKeys, Settings settings, Clock clock) {
        this.signingKeys = signingKeys;
        this.settings = settings;
        this.clock = clock;
        if (signingKeys.newestFirst().isEmpty()) {
            signingKeys.add(newSigningKey());
        }
        reload();
    }

    /** Makes a new P-256 key pair, identified by its thumbprint, to be stored and then used for signing. */
    public SigningKey newSigningKey() {
        try {
            ECKey generated = new ECKeyGenerator(Curve.P_256).generate();
            return new SigningKey(
                    generated.computeThumbprint().toString(),
                    ALGORITHM,
                    generated.toECPrivateKey().getEncoded(),
                    generated.toECPublicKey().getEncoded(),
                    clock.instant());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key pair", e);
        }
    }

    @Override
    public void rotateSigningKey() {
        signingKeys.add(newSigningKey());
        reload();
    }

    @Override
    public IssuedAccessToken issue(AccessTokenClaims claims) {
        LoadedKey key = currentKeys().get(0);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.keyId())
                .type(JOSEObjectType.JWT)
                .build();
        JWTClaimsSet body = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(claims.subject().value())
                .claim("sid", claims.session().value())
                .claim("roles", claims.roles().stream().map(role -> role.name().toLowerCase()).sorted().toList())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId())
                .build();
        SignedJWT jwt = new SignedJWT(header, body);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), Duration.between(claims.issuedAt(), claims.expiresAt()));
    }

    @Override
    public Optional<AccessTokenClaims> verify(String token) {
        VerifiedToken remembered = verifiedTokens.get(token);
        if (remembered != null) {
            if (clock.instant().isBefore(remembered.claims().expiresAt()) && find(remembered.keyId()).isPresent()) {
                return Optional.of(remembered.claims());
            }
            verifiedTokens.remove(token);
            return Optional.empty();
        }
        Optional<VerifiedToken> verified = verifySignatureAndClaims(token);
        verified.ifPresent(fresh -> remember(token, fresh));
        return verified.map(VerifiedToken::claims);
    }

    private void remember(String token, VerifiedToken verified) {
        if (verifiedTokens.size() >= REMEMBERED_TOKENS) {
            Instant now = clock.instant();
            verifiedTokens.values().removeIf(old -> !now.isBefore(old.claims().expiresAt()));
            if (verifiedTokens.size() >= REMEMBERED_TOKENS) {
                verifiedTokens.clear();
            }
        }
        verifiedTokens.put(token, verified);
    }

    private Optional<VerifiedToken> verifySignatureAndClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Optional<LoadedKey> key = keyWithId(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(key.get().verifier())) {
                return Optional.empty();
            }
            return acceptedClaims(jwt.getJWTClaimsSet()).map(claims -> new VerifiedToken(key.get().keyId(), claims));
        } catch (ParseException | JOSEException | RuntimeException notAToken) {
            return Optional.empty();
        }
    }

    @Override
    public List<PublicSigningKey> publicKeys() {
        return currentKeys().stream()
                .map(key -> new PublicSigningKey(
                        key.keyId(),
                        ALGORITHM,
                        key.jwk().getCurve().getName(),
                        key.jwk().getX().toString(),
                        key.jwk().getY().toString()))
                .toList();
    }

    private Optional<AccessTokenClaims> acceptedClaims(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.instant();
        String session = claims.getStringClaim("sid");
        if (claims.getExpirationTime() == null
                || claims.getIssueTime() == null
                || claims.getSubject() == null
                || session == null
                || claims.getJWTID() == null
                || !settings.issuer().equals(claims.getIssuer())
                || claims.getAudience() == null
                || !claims.getAudience().contains(settings.audience())) {
            return Optional.empty();
        }
        Instant expiresAt = claims.getExpirationTime().toInstant();
        Instant issuedAt = claims.getIssueTime().toInstant();
        if (!now.isBefore(expiresAt) || issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        return Optional.of(new AccessTokenClaims(
                new AccountId(claims.getSubject()), new SessionId(session), roles(claims), issuedAt, expiresAt,
                claims.getJWTID()));
    }

    private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
        List<String> names = claims.getStringListClaim("roles");
        if (names == null) {
            return EnumSet.noneOf(Role.class);
        }
        return names.stream().map(name -> Role.valueOf(name.toUpperCase())).collect(Collectors.toUnmodifiableSet());
    }

    private Optional<LoadedKey> keyWithId(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        Optional<LoadedKey> known = find(keyId);
        if (known.isEmpty() && clock.instant().isAfter(loadedAt.plus(RELOAD_INTERVAL))) {
            reload();
            return find(keyId);
        }
        return known;
    }

    private Optional<LoadedKey> find(String keyId) {
        return currentKeys().stream().filter(key -> key.keyId().equals(keyId)).findFirst();
    }

    /**
     * The keys, read again every {@link #REFRESH_INTERVAL}. When the store cannot be read then, the
     * keys already known stay in use until the next interval: a short outage of the database does
     * not stop the checking of tokens signed with them (no key can be rotated in meanwhile either),
     * and every request does not wait for the store in turn.
     */
    private List<LoadedKey> currentKeys() {
        if (clock.instant().isAfter(loadedAt.plus(REFRESH_INTERVAL))) {
            try {
                reload();
            } catch (DependencyUnavailableException unavailable) {
                loadedAt = clock.instant();
            }
        }
        return keys;
    }

    private synchronized void reload() {
        List<LoadedKey> loaded = signingKeys.newestFirst().stream()
                .filter(key -> ALGORITHM.equals(key.algorithm()))
                .limit(USABLE_KEYS)
                .map(Es256AccessTokens::load)
                .toList();
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no ES256 signing key is stored");
        }
        keys = loaded;
        loadedAt = clock.instant();
    }

    private static LoadedKey load(SigningKey stored) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(stored.publicKey()));
            ECPrivateKey privateKey =
                    (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey()));
            ECKey jwk = new ECKey.Builder(Curve.P_256, publicKey).keyID(stored.keyId()).build();
            return new LoadedKey(stored.keyId(), jwk, new ECDSAVerifier(publicKey), new ECDSASigner(privateKey));
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("stored signing key " + stored.keyId() + " cannot be read", e);
        }
    }
}
