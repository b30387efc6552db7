package org.tdah.assistant.testkit.access;

import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.application.access.port.RolePermissionsContract;

class InMemoryRolePermissionsTest extends RolePermissionsContract {
    @Override
    protected RolePermissions newRolePermissions() {
        return new InMemoryRolePermissions();
    }
}
