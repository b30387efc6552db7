package org.tdah.assistant.adapters.persistence.assistant;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.application.assistant.port.DialoguesContract;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.shared.MutableClock;

class JdbiDialoguesIT extends DialoguesContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected Dialogues newDialogues() {
        return new JdbiDialogues(DATABASE, MutableClock.at("2026-12-01T10:00:00Z"));
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
