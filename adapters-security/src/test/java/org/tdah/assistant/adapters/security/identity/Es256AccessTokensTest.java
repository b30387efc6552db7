package org.tdah.assistant.adapters.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.AccessTokensContract;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.application.identity.SigningKey;
import org.tdah.assistant.application.identity.port.SigningKeys;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.testkit.identity.InMemorySigningKeys;
import org.tdah.assistant.testkit.shared.MutableClock;

/** The contract of {@code AccessTokens}, then what is particular to ES256 JWTs and a shared key store. */
class Es256AccessTokensTest extends AccessTokensContract {
    private static final Es256AccessTokens.Settings SETTINGS =
            new Es256AccessTokens.Settings("https://assistant.test", "assistant-api");

    private final MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
    private final InMemorySigningKeys store = new InMemorySigningKeys();
    private final Es256AccessTokens tokens = new Es256AccessTokens(store, SETTINGS, clock);

    @Override
    protected AccessTokens newAccessTokens(Clock clock) {
        return new Es256AccessTokens(new InMemorySigningKeys(), SETTINGS, clock);
    }

    private AccessTokenClaims claims() {
        Instant now = clock.instant();
        return new AccessTokenClaims(new AccountId("account-1"), new SessionId("session-1"),
                EnumSet.of(Role.USER, Role.PREMIUM), now, now.plus(Duration.ofMinutes(15)), "token-1");
    }

    @Test
    void the_first_start_stores_a_signing_key_and_later_starts_reuse_it() {
        assertThat(store.newestFirst()).hasSize(1);

        Es256AccessTokens restarted = new Es256AccessTokens(store, SETTINGS, clock);

        assertThat(store.newestFirst()).hasSize(1);
        assertThat(restarted.verify(tokens.issue(claims()).token())).contains(claims());
    }

    @Test
    void an_issued_token_is_an_es256_jwt_with_kid_and_the_standard_claims() throws Exception {
        String token = tokens.issue(claims()).token();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(store.newestFirst().get(0).keyId());
        JWTClaimsSet body = jwt.getJWTClaimsSet();
        assertThat(body.getSubject()).isEqualTo("account-1");
        assertThat(body.getStringClaim("sid")).isEqualTo("session-1");
        assertThat(body.getIssuer()).isEqualTo("https://assistant.test");
        assertThat(body.getAudience()).containsExactly("assistant-api");
        assertThat(body.getStringListClaim("roles")).containsExactly("premium", "user");
        assertThat(body.getJWTID()).isEqualTo("token-1");
        assertThat(body.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_token_verifies_until_it_expires() {
        AccessTokenClaims claims = claims();
        String token = tokens.issue(claims).token();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(tokens.verify(token)).contains(claims);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void a_token_whose_payload_was_altered_is_refused() {
        String[] parts = tokens.issue(claims()).token().split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"user\"", "\"administrator\"").getBytes());

        assertThat(tokens.verify(parts[0] + "." + forgedPayload + "." + parts[2])).isEmpty();
    }

    @Test
    void unsigned_tokens_are_refused() {
        String kid = store.newestFirst().get(0).keyId();
        PlainJWT unsigned = new PlainJWT(new PlainHeader.Builder().customParam("kid", kid).build(), validBody());

        assertThat(tokens.verify(unsigned.serialize())).isEmpty();
        assertThat(tokens.verify(unsigned.serialize() + "c2ln")).isEmpty();
    }

    @Test
    void a_token_signed_with_hmac_using_the_public_key_as_secret_is_refused() throws Exception {
        var key = store.newestFirst().get(0);
        byte[] secret = java.util.Arrays.copyOf(key.publicKey(), 64);
        SignedJWT hmac = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.keyId()).type(JOSEObjectType.JWT).build(),
                validBody());
        hmac.sign(new MACSigner(secret));

        assertThat(tokens.verify(hmac.serialize())).isEmpty();
    }

    @Test
    void a_token_signed_by_a_key_unknown_to_the_store_is_refused() {
        Es256AccessTokens stranger = new Es256AccessTokens(new InMemorySigningKeys(), SETTINGS, clock);

        assertThat(tokens.verify(stranger.issue(claims()).token())).isEmpty();
    }

    @Test
    void tokens_for_another_issuer_or_audience_are_refused() {
        Es256AccessTokens otherIssuer =
                new Es256AccessTokens(store, new Es256AccessTokens.Settings("https://evil.test", "assistant-api"), clock);
        Es256AccessTokens otherAudience =
                new Es256AccessTokens(store, new Es256AccessTokens.Settings("https://assistant.test", "other-api"), clock);

        assertThat(tokens.verify(otherIssuer.issue(claims()).token())).isEmpty();
        assertThat(tokens.verify(otherAudience.issue(claims()).token())).isEmpty();
    }

    @Test
    void garbage_is_refused_without_an_exception() {
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    void a_key_added_by_another_instance_is_picked_up_when_a_token_names_it() {
        clock.advance(Duration.ofMinutes(1));
        store.add(tokens.newSigningKey());
        Es256AccessTokens otherInstance = new Es256AccessTokens(store, SETTINGS, clock);
        String signedWithNewKey = otherInstance.issue(claims()).token();

        clock.advance(Es256AccessTokens.RELOAD_INTERVAL.plusSeconds(1));

        assertThat(tokens.verify(signedWithNewKey)).isPresent();
    }

    @Test
    void the_published_keys_are_the_public_p256_halves_of_the_newest_two() {
        clock.advance(Duration.ofMinutes(1));
        store.add(tokens.newSigningKey());
        clock.advance(Duration.ofMinutes(1));
        store.add(tokens.newSigningKey());

        List<PublicSigningKey> published = new Es256AccessTokens(store, SETTINGS, clock).publicKeys();

        assertThat(published).extracting(PublicSigningKey::keyId)
                .containsExactly(store.newestFirst().get(0).keyId(), store.newestFirst().get(1).keyId());
        assertThat(published).allSatisfy(key -> {
            assertThat(key.curve()).isEqualTo("P-256");
            assertThat(key.algorithm()).isEqualTo("ES256");
            assertThat(Base64.getUrlDecoder().decode(key.x())).hasSize(32);
        });
    }

    @Test
    void after_a_rotation_new_tokens_use_the_new_key_and_tokens_of_the_previous_key_stay_valid() throws Exception {
        String beforeRotation = tokens.issue(claims()).token();
        String previousKid = SignedJWT.parse(beforeRotation).getHeader().getKeyID();
        clock.advance(Duration.ofMinutes(1));

        tokens.rotateSigningKey();
        String afterRotation = tokens.issue(claims()).token();

        assertThat(SignedJWT.parse(afterRotation).getHeader().getKeyID()).isNotEqualTo(previousKid);
        assertThat(tokens.verify(beforeRotation)).isPresent();
        assertThat(tokens.verify(afterRotation)).isPresent();
        assertThat(tokens.publicKeys()).extracting(PublicSigningKey::keyId)
                .containsExactly(SignedJWT.parse(afterRotation).getHeader().getKeyID(), previousKid);
    }

    @Test
    void a_token_verified_once_is_still_refused_once_expired_or_once_its_key_is_retired() {
        String token = tokens.issue(claims()).token();
        assertThat(tokens.verify(token)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.verify(token)).as("still signed with the previous key").isPresent();

        tokens.rotateSigningKey();

        assertThat(tokens.verify(token)).as("its key is no longer usable").isEmpty();
        String fresh = tokens.issue(claims()).token();
        assertThat(tokens.verify(fresh)).isPresent();
        clock.advance(Duration.ofMinutes(15));
        assertThat(tokens.verify(fresh)).as("expired").isEmpty();
    }

    @Test
    void a_token_signed_with_a_key_older_than_the_previous_one_is_refused() {
        String signedWithFirstKey = tokens.issue(claims()).token();
        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();
        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();

        assertThat(tokens.verify(signedWithFirstKey)).isEmpty();
    }

    @Test
    void every_instance_moves_to_a_key_another_one_rotated_in_within_ten_seconds() throws Exception {
        Es256AccessTokens otherInstance = new Es256AccessTokens(store, SETTINGS, clock);
        clock.advance(Duration.ofSeconds(5));
        otherInstance.rotateSigningKey();
        String newKid = store.newestFirst().get(0).keyId();

        clock.advance(Es256AccessTokens.REFRESH_INTERVAL.plusSeconds(1));

        assertThat(SignedJWT.parse(tokens.issue(claims()).token()).getHeader().getKeyID()).isEqualTo(newKid);
    }

    @Test
    void while_the_key_store_cannot_be_read_the_known_keys_still_check_tokens_and_it_is_read_again_later() {
        AccessTokenClaims issued = claims();
        String token = tokens.issue(issued).token();
        boolean[] down = {false};
        int[] reads = {0};
        SigningKeys flaky = new SigningKeys() {
            @Override
            public List<SigningKey> newestFirst() {
                if (down[0]) {
                    reads[0]++;
                    throw new DependencyUnavailableException("PostgreSQL", new IllegalStateException("down"));
                }
                return store.newestFirst();
            }

            @Override
            public void add(SigningKey key) {
                store.add(key);
            }
        };
        Es256AccessTokens onFlakyStore = new Es256AccessTokens(flaky, SETTINGS, clock);
        down[0] = true;
        clock.advance(Es256AccessTokens.REFRESH_INTERVAL.plusSeconds(1));

        assertThat(onFlakyStore.verify(token)).contains(issued);
        assertThat(onFlakyStore.verify(token)).as("not read again at once").contains(issued);
        clock.advance(Es256AccessTokens.REFRESH_INTERVAL.plusSeconds(1));
        assertThat(onFlakyStore.verify(token)).contains(issued);

        assertThat(reads[0]).as("tried once per interval, not on every request").isEqualTo(2);
    }

    @Test
    void a_token_without_a_session_is_refused() throws Exception {
        var key = store.newestFirst().get(0);
        JWTClaimsSet withoutSession = new JWTClaimsSet.Builder(validBody()).claim("sid", null).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).build(), withoutSession);
        jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner((java.security.interfaces.ECPrivateKey)
                java.security.KeyFactory.getInstance("EC").generatePrivate(
                        new java.security.spec.PKCS8EncodedKeySpec(key.privateKey()))));

        assertThat(tokens.verify(jwt.serialize())).isEmpty();
    }

    private JWTClaimsSet validBody() {
        return new JWTClaimsSet.Builder()
                .issuer("https://assistant.test")
                .audience("assistant-api")
                .subject("account-1")
                .claim("sid", "session-1")
                .claim("roles", List.of("administrator", "user"))
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(15))))
                .jwtID("forged")
                .build();
    }
}
