package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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

    private static TokenHash hash() {
        return TokenHash.of(UUID.randomUUID().toString());
    }

    @Test
    void a_token_rotates_once_into_its_replacement_which_rotates_in_turn() {
        TokenHash first = hash();
        TokenHash second = hash();
        TokenHash third = hash();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));

        assertThat(tokens.rotate(first, second, NOW)).isEqualTo(new Rotation.Rotated(session, account));
        assertThat(tokens.rotate(second, third, NOW.plusSeconds(60))).isEqualTo(new Rotation.Rotated(session, account));
    }

    @Test
    void a_spent_token_presented_again_is_reported_as_reused_with_its_session() {
        TokenHash first = hash();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.rotate(first, hash(), NOW);

        assertThat(tokens.rotate(first, hash(), NOW.plusSeconds(1))).isEqualTo(new Rotation.Reused(session, account));
    }

    @Test
    void unknown_expired_and_revoked_tokens_are_invalid() {
        TokenHash expiring = hash();
        tokens.add(expiring, session, account, NOW, NOW.plus(Duration.ofMinutes(5)));
        TokenHash revoked = hash();
        SessionId otherSession = new SessionId(UUID.randomUUID().toString());
        tokens.add(revoked, otherSession, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.revokeSession(otherSession, NOW);

        assertThat(tokens.rotate(hash(), hash(), NOW)).isEqualTo(new Rotation.Invalid());
        assertThat(tokens.rotate(expiring, hash(), NOW.plus(Duration.ofMinutes(5)))).isEqualTo(new Rotation.Invalid());
        assertThat(tokens.rotate(revoked, hash(), NOW)).isEqualTo(new Rotation.Invalid());
    }

    @Test
    void revoking_a_session_revokes_every_token_of_its_family_including_the_replacement() {
        TokenHash first = hash();
        TokenHash replacement = hash();
        tokens.add(first, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.rotate(first, replacement, NOW);

        tokens.revokeSession(session, NOW.plusSeconds(5));

        assertThat(tokens.rotate(replacement, hash(), NOW.plusSeconds(10))).isEqualTo(new Rotation.Invalid());
    }

    @Test
    void revoking_all_of_an_account_keeps_the_session_asked_for() {
        SessionId kept = new SessionId(UUID.randomUUID().toString());
        TokenHash inRevoked = hash();
        TokenHash inKept = hash();
        tokens.add(inRevoked, session, account, NOW, NOW.plus(Duration.ofDays(1)));
        tokens.add(inKept, kept, account, NOW, NOW.plus(Duration.ofDays(1)));

        tokens.revokeAllOf(account, kept, NOW);

        assertThat(tokens.rotate(inRevoked, hash(), NOW)).isEqualTo(new Rotation.Invalid());
        assertThat(tokens.rotate(inKept, hash(), NOW)).isInstanceOf(Rotation.Rotated.class);
    }

    @Test
    void a_replacement_expires_with_its_family_not_later() {
        Instant familyEnd = NOW.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        TokenHash first = hash();
        TokenHash replacement = hash();
        tokens.add(first, session, account, NOW, familyEnd);
        tokens.rotate(first, replacement, NOW.plus(Duration.ofMinutes(50)));

        assertThat(tokens.rotate(replacement, hash(), familyEnd)).isEqualTo(new Rotation.Invalid());
    }
}
