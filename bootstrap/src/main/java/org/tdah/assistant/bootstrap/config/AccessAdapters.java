package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.persistence.access.JdbiAccountRoles;
import org.tdah.assistant.adapters.persistence.access.JdbiRolePermissions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.AccessCore;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.identity.IdentityCore;

/**
 * Which real adapter implements each out-port of the access context. The sessions and refresh
 * tokens it ends on a role change, and the second factors it checks for administrators, are the
 * identity context's own adapter instances; its decisions go to the audit context's log.
 */
public final class AccessAdapters {
    private AccessAdapters() {}

    public static AccessCore.OutPorts outPorts(PostgresDatabase database, IdentityCore.OutPorts identity,
            DecisionLog decisions, Clock clock) {
        return new AccessCore.OutPorts(new JdbiRolePermissions(database), new JdbiAccountRoles(database),
                identity.accounts(), identity.sessions(), identity.refreshTokens(), identity.secondFactors(),
                identity.totpCredentials(), identity.backupCodes(), identity.phones(), identity.securityEvents(),
                identity.emailOutbox(), identity.transactions(), identity.ids(), decisions, clock);
    }
}
