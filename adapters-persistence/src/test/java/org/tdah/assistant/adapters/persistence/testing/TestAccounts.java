package org.tdah.assistant.adapters.persistence.testing;

import java.time.Instant;
import java.util.UUID;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;

/** Accounts stored for tests of tables that refer to accounts. */
public final class TestAccounts {
    private TestAccounts() {}

    public static AccountId storedIn(PostgresDatabase database) {
        AccountId id = new AccountId(UUID.randomUUID().toString());
        new JdbiAccounts(database).add(Account.register(id, EmailAddress.parse(id.value() + "@example.org"),
                DisplayName.parse("Test"), new PasswordHash("hash"), Instant.parse("2026-11-26T09:00:00Z")));
        return id;
    }
}
