package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.port.RefreshTokens.Rotation;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/** What every implementation of {@link RefreshTokens} must do. */
public abstract class RefreshTokensContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private RefreshTokens tokens;
    private AccountId account;
    private final SessionId session = new SessionId(UUID.randomUUID().toString());

    protected abstract RefreshTokens newRefreshTokens();

    /**
     * An account the tokens may belong to; adapters whose store checks that accounts exist
     * override it to create one.
     */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpTokens() {
        tokens = newRefreshTokens();
        account = anAccount();
    }

    private static final Duration GRACE = Duration.ofSeconds(10);

    private static TokenHash hash() {
        return TokenHash.of(UUID.randomUUID().toString());
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private Rotation rotate(TokenHash presented, String replacement, Instant now) {
        return tokens.rotate(presented, replacement, now, GRACE);
    }

    @Test
    void a_token_rotates_once_into_its_replacement_which_rotates_in_turn() {
        TokenHash first = hash();
        String second = token();
        String third = token();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));

        assertThat(rotate(first, second, NOW)).isEqualTo(new Rotation.Rotated(session, account, second, false));
        assertThat(rotate(TokenHash.of(second), third, NOW.plusSeconds(60)))
                .isEqualTo(new Rotation.Rotated(session, account, third, false));
    }

    @Test
    void a_spent_token_presented_again_after_the_grace_window_is_reported_as_reused_with_its_session() {
        TokenHash first = hash();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        rotate(first, token(), NOW);

        assertThat(rotate(first, token(), NOW.plus(GRACE))).isEqualTo(new Rotation.Reused(session, account));
    }

    @Test
    void a_spent_token_presented_again_within_the_grace_window_gives_the_same_replacement_and_rotates_nothing() {
        TokenHash first = hash();
        String replacement = token();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        rotate(first, replacement, NOW);

        assertThat(rotate(first, token(), NOW.plusSeconds(9)))
                .isEqualTo(new Rotation.Rotated(session, account, replacement, true));
        String next = token();
        assertThat(rotate(TokenHash.of(replacement), next, NOW.plusSeconds(9)))
                .as("the replacement is still the newest token and rotates once")
                .isEqualTo(new Rotation.Rotated(session, account, next, false));
    }

    @Test
    void once_the_replacement_rotated_in_turn_the_older_token_is_a_reuse_even_within_the_grace_window() {
        TokenHash first = hash();
        String replacement = token();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        rotate(first, replacement, NOW);
        rotate(TokenHash.of(replacement), token(), NOW.plusSeconds(1));

        assertThat(rotate(first, token(), NOW.plusSeconds(2))).isEqualTo(new Rotation.Reused(session, account));
    }

    @Test
    void without_a_grace_window_any_second_use_is_a_reuse() {
        TokenHash first = hash();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.rotate(first, token(), NOW, Duration.ZERO);

        assertThat(tokens.rotate(first, token(), NOW, Duration.ZERO)).isEqualTo(new Rotation.Reused(session, account));
    }

    @Test
    void a_revoked_family_gives_nothing_within_the_grace_window() {
        TokenHash first = hash();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        rotate(first, token(), NOW);
        tokens.revokeSession(session, NOW.plusSeconds(1));

        assertThat(rotate(first, token(), NOW.plusSeconds(2))).isEqualTo(new Rotation.Invalid());
    }

    @Test
    void of_racing_rotations_of_one_token_exactly_one_rotates_and_every_one_gets_its_replacement() throws Exception {
        TokenHash presented = hash();
        tokens.add(presented, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        ExecutorService threads = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Rotation>> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(threads.submit(() -> {
                start.await();
                return rotate(presented, token(), NOW.plusMillis(ThreadLocalRandom.current().nextInt(500)));
            }));
        }
        start.countDown();
        List<Rotation.Rotated> rotated = new ArrayList<>();
        for (Future<Rotation> outcome : outcomes) {
            assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(Rotation.Rotated.class);
            rotated.add((Rotation.Rotated) outcome.get());
        }
        threads.shutdownNow();

        assertThat(rotated).filteredOn(rotation -> !rotation.replayed()).hasSize(1);
        assertThat(rotated).extracting(Rotation.Rotated::refreshToken).containsOnly(rotated.get(0).refreshToken());
        assertThat(rotate(TokenHash.of(rotated.get(0).refreshToken()), token(), NOW.plusSeconds(1)))
                .isInstanceOf(Rotation.Rotated.class);
    }

    @Test
    void unknown_expired_and_revoked_tokens_are_invalid() {
        TokenHash expiring = hash();
        tokens.add(expiring, session, account, NOW, NOW.plus(Duration.ofMinutes(5)));
        TokenHash revoked = hash();
        SessionId otherSession = new SessionId(UUID.randomUUID().toString());
        tokens.add(revoked, otherSession, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.revokeSession(otherSession, NOW);

        assertThat(rotate(hash(), token(), NOW)).isEqualTo(new Rotation.Invalid());
        assertThat(rotate(expiring, token(), NOW.plus(Duration.ofMinutes(5)))).isEqualTo(new Rotation.Invalid());
        assertThat(rotate(revoked, token(), NOW)).isEqualTo(new Rotation.Invalid());
    }

    @Test
    void revoking_a_session_revokes_every_token_of_its_family_including_the_replacement() {
        TokenHash first = hash();
        String replacement = token();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        rotate(first, replacement, NOW);

        tokens.revokeSession(session, NOW.plusSeconds(5));

        assertThat(rotate(TokenHash.of(replacement), token(), NOW.plusSeconds(10))).isEqualTo(new Rotation.Invalid());
    }

    @Test
    void revoking_all_of_an_account_keeps_the_session_asked_for() {
        SessionId kept = new SessionId(UUID.randomUUID().toString());
        TokenHash inRevoked = hash();
        TokenHash inKept = hash();
        tokens.add(inRevoked, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.add(inKept, kept, account, NOW, NOW.plus(Duration.ofDays(1)));

        tokens.revokeAllOf(account, kept, NOW);

        assertThat(rotate(inRevoked, token(), NOW)).isEqualTo(new Rotation.Invalid());
        assertThat(rotate(inKept, token(), NOW)).isInstanceOf(Rotation.Rotated.class);
    }

    @Test
    void a_replacement_expires_with_its_family_not_later() {
        Instant familyEnd = NOW.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        TokenHash first = hash();
        String replacement = token();
        tokens.add(first, session, account, NOW, familyEnd);
        rotate(first, replacement, NOW.plus(Duration.ofMinutes(50)));

        assertThat(rotate(TokenHash.of(replacement), token(), familyEnd)).isEqualTo(new Rotation.Invalid());
    }
}
