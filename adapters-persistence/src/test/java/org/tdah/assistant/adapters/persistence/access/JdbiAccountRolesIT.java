package org.tdah.assistant.adapters.persistence.access;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.application.access.port.AccountRolesContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiAccountRolesIT extends AccountRolesContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected AccountRoles newAccountRoles() {
        return new JdbiAccountRoles(DATABASE);
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
