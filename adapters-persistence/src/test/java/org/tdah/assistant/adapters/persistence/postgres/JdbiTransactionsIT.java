package org.tdah.assistant.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.identity.JdbiOneTimeTokens;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

class JdbiTransactionsIT {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private final JdbiTransactions transactions = new JdbiTransactions(DATABASE);
    private final JdbiAccounts accounts = new JdbiAccounts(DATABASE);
    private final JdbiOneTimeTokens tokens = new JdbiOneTimeTokens(DATABASE);

    private static Account newAccount() {
        String id = UUID.randomUUID().toString();
        return Account.register(new AccountId(id), EmailAddress.parse(id + "@example.org"), DisplayName.parse("Sam"),
                new PasswordHash("hash"), Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void changes_of_several_adapters_in_one_transaction_are_kept_together() {
        Account account = newAccount();
        TokenHash token = TokenHash.of(UUID.randomUUID().toString());

        transactions.run(() -> {
            accounts.add(account);
            tokens.add(token, TokenPurpose.EMAIL_VERIFICATION, account.id(), Instant.parse("2030-01-01T00:00:00Z"));
        });

        assertThat(accounts.withId(account.id())).isPresent();
        assertThat(tokens.findUsable(token, TokenPurpose.EMAIL_VERIFICATION, Instant.parse("2026-11-26T09:00:00Z")))
                .contains(account.id());
    }

    @Test
    void a_failure_halfway_rolls_back_what_every_adapter_did() {
        Account account = newAccount();

        assertThatThrownBy(() -> transactions.run(() -> {
            accounts.add(account);
            accounts.markEmailVerified(account.id());
            throw new IllegalStateException("the email could not be queued");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(accounts.withId(account.id())).isEmpty();
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        Account account = newAccount();

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> accounts.add(account));
            throw new IllegalStateException("outer failure");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(accounts.withId(account.id())).isEmpty();
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
