package org.tdah.assistant.adapters.persistence.postgres;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.identity.JdbiOneTimeTokens;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.shared.port.TransactionsContract;

class JdbiTransactionsIT extends TransactionsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected Family newFamily() {
        TestDatabase.truncateAll(DATABASE);
        return new Family(new JdbiTransactions(DATABASE), new JdbiAccounts(DATABASE), new JdbiOneTimeTokens(DATABASE));
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
