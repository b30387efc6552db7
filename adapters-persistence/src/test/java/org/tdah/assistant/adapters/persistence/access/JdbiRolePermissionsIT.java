package org.tdah.assistant.adapters.persistence.access;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.application.access.port.RolePermissionsContract;

class JdbiRolePermissionsIT extends RolePermissionsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected RolePermissions newRolePermissions() {
        return new JdbiRolePermissions(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
