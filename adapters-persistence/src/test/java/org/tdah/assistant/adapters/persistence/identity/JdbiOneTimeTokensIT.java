package org.tdah.assistant.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.OneTimeTokensContract;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

class JdbiOneTimeTokensIT extends OneTimeTokensContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected OneTimeTokens newOneTimeTokens() {
        return new JdbiOneTimeTokens(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @Test
    void only_the_hash_of_a_token_is_stored() {
        String token = "the-secret-token-" + UUID.randomUUID();
        newOneTimeTokens().add(TokenHash.of(token), TokenPurpose.PASSWORD_RESET, anAccount(),
                Instant.parse("2030-01-01T00:00:00Z"));

        Integer leaks = DATABASE.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM one_time_tokens WHERE token_hash LIKE '%secret-token%'")
                .mapTo(Integer.class).one());

        assertThat(leaks).isZero();
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
