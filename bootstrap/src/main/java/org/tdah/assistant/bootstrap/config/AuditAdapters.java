package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.persistence.audit.BufferedDecisionLog;
import org.tdah.assistant.adapters.persistence.audit.JdbiAuditEntries;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.audit.AuditCore;

/**
 * Which real adapter implements each out-port of the audit context, and the buffered log that the
 * access context writes its decisions to (started here, closed by the application on stop).
 */
public final class AuditAdapters {
    private AuditAdapters() {}

    public static AuditCore.OutPorts outPorts(PostgresDatabase database, Clock clock) {
        return new AuditCore.OutPorts(new JdbiAuditEntries(database), clock);
    }

    public static AuditCore.Settings settings(AssistantConfiguration configuration) {
        return new AuditCore.Settings(configuration.audit.retention.toJavaDuration());
    }

    public static BufferedDecisionLog decisionLog(AssistantConfiguration configuration, PostgresDatabase database) {
        return new BufferedDecisionLog(database, configuration.audit.bufferCapacity,
                configuration.audit.flushInterval.toJavaDuration());
    }
}
