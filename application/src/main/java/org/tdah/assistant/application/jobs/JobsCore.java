package org.tdah.assistant.application.jobs;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.jobs.port.JobStatistics;

/**
 * The composition root of the view on background work (the scheduler and its queues). The work
 * itself belongs to the contexts that own it; who may look is the access context's answer.
 */
public final class JobsCore {

    /** The out-ports of the jobs view, and the clock it reads time from. */
    public record OutPorts(JobStatistics statistics, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final ViewBackgroundJobs viewBackgroundJobs;

    public JobsCore(OutPorts ports, EffectivePermissions effectivePermissions) {
        viewBackgroundJobs = new ViewBackgroundJobs(ports.statistics(), effectivePermissions, ports.clock());
    }

    public ViewBackgroundJobs viewBackgroundJobs() {
        return viewBackgroundJobs;
    }
}
