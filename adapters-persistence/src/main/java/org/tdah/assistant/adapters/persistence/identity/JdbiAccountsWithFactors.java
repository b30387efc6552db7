package org.tdah.assistant.adapters.persistence.identity;

import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.identity.port.AccountsWithFactors;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * An account and its second factors in one query: the columns {@link JdbiAccounts} reads and those
 * {@link JdbiSecondFactors} reads, on one round trip.
 */
public final class JdbiAccountsWithFactors implements AccountsWithFactors {
    private static final String QUERY = "SELECT " + JdbiAccounts.columnsOf("a") + ", "
            + JdbiSecondFactors.statusColumns("a.id")
            + " FROM accounts a LEFT JOIN account_phones p ON p.account_id = a.id WHERE a.id = :id";

    private final PostgresDatabase database;

    public JdbiAccountsWithFactors(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<AccountWithFactors> withId(AccountId id) {
        return database.withHandle(handle -> handle.createQuery(QUERY)
                .bind("id", id.value())
                .map((row, context) -> new AccountWithFactors(JdbiAccounts.account(row, context),
                        JdbiSecondFactors.status(row)))
                .findOne());
    }
}
