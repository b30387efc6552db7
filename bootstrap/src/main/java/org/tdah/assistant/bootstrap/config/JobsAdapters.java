package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.persistence.jobs.JdbiJobStatistics;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.jobs.JobsCore;

/** Which real adapter implements each out-port of the jobs context: the statistics read from PostgreSQL. */
public final class JobsAdapters {
    private JobsAdapters() {}

    public static JobsCore.OutPorts outPorts(PostgresDatabase database, Clock clock) {
        return new JobsCore.OutPorts(new JdbiJobStatistics(database), clock);
    }
}
