package org.tdah.assistant.application.jobs.port;

import java.time.Instant;
import java.util.List;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;

/**
 * What the background work looks like from outside: the scheduler's tasks, the counts of each
 * queue ({@code email}, {@code reminders}) and the dead letters of those queues with their error.
 * Read-only; it never answers what the queued work says or whom it is for.
 */
public interface JobStatistics {

    /** Every task of the scheduler, by name. */
    List<ScheduledJob> scheduledJobs();

    /** The counts of each queue at {@code now}, in a stable order. */
    List<QueueCounts> queues(Instant now);

    /** The newest {@code limit} dead letters across the queues, newest first; {@code source} is the queue. */
    List<JobFailure> recentDeadLetters(int limit);
}
