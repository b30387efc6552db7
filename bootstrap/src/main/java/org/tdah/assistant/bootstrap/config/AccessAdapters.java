package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.persistence.access.JdbiAccountRoles;
import org.tdah.assistant.adapters.persistence.access.JdbiRolePermissions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.AccessCore;
import org.tdah.assistant.application.identity.IdentityCore;

/**
 * Which real adapter implements each out-port of the access context. The sessions and refresh
 * tokens it ends on a role change are the identity context's own adapter instances.
 */
public final class AccessAdapters {
    private AccessAdapters() {}

    public static AccessCore.OutPorts outPorts(PostgresDatabase database, IdentityCore.OutPorts identity, Clock clock) {
        return new AccessCore.OutPorts(new JdbiRolePermissions(database), new JdbiAccountRoles(database),
                identity.sessions(), identity.refreshTokens(), clock);
    }
}
