package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.AccessTokenClaims;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.testkit.shared.MutableClock;

/**
 * What every implementation of {@link AccessTokens} must do, as its Javadoc promises: a token
 * verifies to the claims it was issued with until it expires, only if this system issued it
 * unaltered with one of its current two keys, and a rotation keeps the previous key's tokens
 * valid while publishing both keys. The in-memory tokens and the ES256 JWTs are held to it.
 */
public abstract class AccessTokensContract {
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
    private AccessTokens tokens;

    /** Access tokens with signing keys of their own, reading the time from this clock. */
    protected abstract AccessTokens newAccessTokens(Clock clock);

    @BeforeEach
    void setUpAccessTokens() {
        tokens = newAccessTokens(clock);
    }

    @Test
    void an_issued_token_verifies_to_the_claims_it_was_issued_with() {
        AccessTokenClaims claims = claims("token-1", EnumSet.of(Role.USER, Role.PREMIUM));

        IssuedAccessToken issued = tokens.issue(claims);

        assertThat(issued.lifetime()).isEqualTo(LIFETIME);
        assertThat(tokens.verify(issued.token())).contains(claims);
    }

    @Test
    void tokens_of_different_claims_are_different_and_each_verifies_to_its_own_claims() {
        AccessTokenClaims user = claims("token-1", EnumSet.of(Role.USER));
        AccessTokenClaims administrator = new AccessTokenClaims(new AccountId("account-2"), new SessionId("session-2"),
                EnumSet.of(Role.USER, Role.ADMINISTRATOR), clock.instant(), clock.instant().plus(LIFETIME), "token-2");

        String userToken = tokens.issue(user).token();
        String administratorToken = tokens.issue(administrator).token();

        assertThat(userToken).isNotEqualTo(administratorToken);
        assertThat(tokens.verify(userToken)).contains(user);
        assertThat(tokens.verify(administratorToken)).contains(administrator);
    }

    @Test
    void a_token_without_roles_verifies_with_no_roles() {
        AccessTokenClaims claims = claims("token-1", Set.of());

        assertThat(tokens.verify(tokens.issue(claims).token())).contains(claims);
    }

    @Test
    void a_token_verifies_until_the_instant_it_expires_and_never_from_then_on() {
        AccessTokenClaims claims = claims("token-1", EnumSet.of(Role.USER));
        String token = tokens.issue(claims).token();

        clock.advance(LIFETIME.minusSeconds(1));
        assertThat(tokens.verify(token)).contains(claims);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.verify(token)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void an_altered_truncated_or_extended_token_is_refused() {
        String token = tokens.issue(claims("token-1", EnumSet.of(Role.USER))).token();

        assertThat(tokens.verify(alteredInTheMiddle(token))).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(tokens.verify(token + "A")).isEmpty();
        assertThat(tokens.verify(token)).as("the original still verifies").isPresent();
    }

    @Test
    void garbage_is_refused_without_an_exception() {
        for (String garbage : List.of("", " ", "garbage", "a.b.c", "..", "token-1", "Bearer x")) {
            assertThat(tokens.verify(garbage)).as("'%s'", garbage).isEmpty();
        }
    }

    @Test
    void a_token_issued_with_keys_this_system_does_not_have_is_refused() {
        AccessTokens stranger = newAccessTokens(clock);
        AccessTokenClaims claims = claims("token-1", EnumSet.of(Role.USER));

        String foreign = stranger.issue(claims).token();

        assertThat(stranger.verify(foreign)).contains(claims);
        assertThat(tokens.verify(foreign)).isEmpty();
    }

    @Test
    void after_a_rotation_new_tokens_verify_and_tokens_of_the_previous_key_stay_valid_until_they_expire() {
        AccessTokenClaims before = claims("token-1", EnumSet.of(Role.USER));
        String beforeRotation = tokens.issue(before).token();
        clock.advance(Duration.ofMinutes(1));

        tokens.rotateSigningKey();
        AccessTokenClaims after = claims("token-2", EnumSet.of(Role.USER));
        String afterRotation = tokens.issue(after).token();

        assertThat(tokens.verify(beforeRotation)).contains(before);
        assertThat(tokens.verify(afterRotation)).contains(after);
        clock.advance(LIFETIME.minus(Duration.ofMinutes(1)));
        assertThat(tokens.verify(beforeRotation)).as("expired").isEmpty();
        assertThat(tokens.verify(afterRotation)).contains(after);
    }

    @Test
    void after_two_rotations_a_token_of_the_first_key_is_refused_even_if_it_was_verified_before() {
        String signedWithTheFirstKey = tokens.issue(claims("token-1", EnumSet.of(Role.USER))).token();
        assertThat(tokens.verify(signedWithTheFirstKey)).isPresent();

        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();
        assertThat(tokens.verify(signedWithTheFirstKey)).as("its key is the previous one").isPresent();
        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();

        assertThat(tokens.verify(signedWithTheFirstKey)).as("its key is retired").isEmpty();
    }

    @Test
    void the_published_keys_are_the_current_one_then_after_a_rotation_the_new_and_the_previous_one() {
        List<PublicSigningKey> first = tokens.publicKeys();
        assertThat(first).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();
        List<PublicSigningKey> second = tokens.publicKeys();
        clock.advance(Duration.ofMinutes(1));
        tokens.rotateSigningKey();
        List<PublicSigningKey> third = tokens.publicKeys();

        assertThat(second).hasSize(2);
        assertThat(second.get(1)).isEqualTo(first.get(0));
        assertThat(second.get(0).keyId()).isNotEqualTo(first.get(0).keyId());
        assertThat(third).hasSize(2).doesNotContain(first.get(0));
        assertThat(third.get(1)).isEqualTo(second.get(0));
    }

    private AccessTokenClaims claims(String tokenId, Set<Role> roles) {
        Instant now = clock.instant();
        return new AccessTokenClaims(new AccountId("account-1"), new SessionId("session-1"), roles, now,
                now.plus(LIFETIME), tokenId);
    }

    /** The token with its middle character (or the one after, if the middle is a separator) replaced. */
    private static String alteredInTheMiddle(String token) {
        int middle = token.length() / 2;
        if (!Character.isLetterOrDigit(token.charAt(middle))) {
            middle++;
        }
        char replacement = token.charAt(middle) == 'Q' ? 'w' : 'Q';
        return token.substring(0, middle) + replacement + token.substring(middle + 1);
    }
}
