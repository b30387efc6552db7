package org.tdah.assistant.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.RefreshTokens.Rotation;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.RefreshTokensContract;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

class JdbiRefreshTokensIT extends RefreshTokensContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final AesGcmCipher CIPHER = AesGcmCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));

    @Override
    protected RefreshTokens newRefreshTokens() {
        return new JdbiRefreshTokens(DATABASE, CIPHER);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @Test
    void without_a_grace_window_of_concurrent_rotations_of_one_token_exactly_one_succeeds_and_the_others_see_a_reuse() throws Exception {
        RefreshTokens tokens = newRefreshTokens();
        TokenHash presented = TokenHash.of(UUID.randomUUID().toString());
        Instant now = Instant.parse("2026-11-26T09:00:00Z");
        tokens.add(presented, new SessionId(UUID.randomUUID().toString()), anAccount(), now, now.plus(Duration.ofDays(1)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Rotation>> rotations = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rotations.add(() -> tokens.rotate(presented, UUID.randomUUID().toString(), now, Duration.ZERO));
            }
            List<Rotation> outcomes = new ArrayList<>();
            for (Future<Rotation> outcome : threads.invokeAll(rotations)) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes).filteredOn(outcome -> outcome instanceof Rotation.Rotated).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome instanceof Rotation.Reused).hasSize(3);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void the_replacement_is_kept_only_encrypted_and_only_for_the_grace_window() {
        RefreshTokens tokens = newRefreshTokens();
        TokenHash presented = TokenHash.of(UUID.randomUUID().toString());
        SessionId session = new SessionId(UUID.randomUUID().toString());
        Instant now = Instant.parse("2026-11-26T09:00:00Z");
        tokens.add(presented, session, anAccount(), now, now.plus(Duration.ofDays(1)));
        String replacement = UUID.randomUUID().toString();

        tokens.rotate(presented, replacement, now, Duration.ofSeconds(10));

        byte[] kept = keptReplacement(presented);
        assertThat(kept).isNotNull();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain(replacement);
        long clearCopies = DATABASE.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM refresh_tokens WHERE session_id = :session AND "
                                + "(token_hash = :clear OR replaced_by = :clear OR encode(replacement_encrypted, 'escape') LIKE :like)")
                .bind("session", session.value())
                .bind("clear", replacement)
                .bind("like", "%" + replacement + "%")
                .mapTo(Long.class).one());
        assertThat(clearCopies).isZero();

        TokenHash other = TokenHash.of(UUID.randomUUID().toString());
        tokens.add(other, new SessionId(UUID.randomUUID().toString()), anAccount(), now, now.plus(Duration.ofDays(1)));
        tokens.rotate(other, UUID.randomUUID().toString(), now.plusSeconds(10), Duration.ofSeconds(10));

        assertThat(keptReplacement(presented)).as("wiped by the next rotation after the window").isNull();
        assertThat(tokens.rotate(presented, UUID.randomUUID().toString(), now.plusSeconds(5), Duration.ofSeconds(10)))
                .isInstanceOf(Rotation.Reused.class);
    }

    private static byte[] keptReplacement(TokenHash token) {
        return DATABASE.withHandle(handle -> handle.createQuery(
                        "SELECT replacement_encrypted FROM refresh_tokens WHERE token_hash = :hash")
                .bind("hash", token.hex())
                .mapTo(byte[].class).findOne().orElse(null));
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
