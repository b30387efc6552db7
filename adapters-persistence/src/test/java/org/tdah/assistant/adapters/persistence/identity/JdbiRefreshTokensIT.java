package org.tdah.assistant.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
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

    @Override
    protected RefreshTokens newRefreshTokens() {
        return new JdbiRefreshTokens(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @Test
    void of_concurrent_rotations_of_one_token_exactly_one_succeeds_and_the_others_see_a_reuse() throws Exception {
        RefreshTokens tokens = newRefreshTokens();
        TokenHash presented = TokenHash.of(UUID.randomUUID().toString());
        Instant now = Instant.parse("2026-11-26T09:00:00Z");
        tokens.add(presented, new SessionId(UUID.randomUUID().toString()), anAccount(), now, now.plus(Duration.ofDays(1)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Rotation>> rotations = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rotations.add(() -> tokens.rotate(presented, TokenHash.of(UUID.randomUUID().toString()), now));
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

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
