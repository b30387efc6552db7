package org.tdah.assistant.adapters.persistence.sms;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.JdbiTransactions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.port.InboundTextsContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiInboundTextsIT extends InboundTextsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected InboundTexts newInboundTexts() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiInboundTexts(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @Override
    protected Transactions newTransactions() {
        return new JdbiTransactions(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
