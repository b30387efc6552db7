package org.tdah.assistant.application.jobs;

import java.util.List;

/** The background work at a glance: the scheduler's tasks, the queues, and the latest failures, newest first. */
public record BackgroundJobsOverview(List<ScheduledJob> scheduler, List<QueueCounts> queues,
        List<JobFailure> recentFailures) {
    public BackgroundJobsOverview {
        scheduler = List.copyOf(scheduler);
        queues = List.copyOf(queues);
        recentFailures = List.copyOf(recentFailures);
    }
}
