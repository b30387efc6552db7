package org.tdah.assistant.adapters.rest.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tdah.assistant.application.jobs.BackgroundJobsOverview;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;

/** The JSON of {@code GET /admin/jobs}: the scheduler's tasks, the queues and the recent failures. */
record JobsRepresentation(List<Task> scheduler, List<Queue> queues, List<Failure> recentFailures) {

    /** One scheduler task; the times are ISO-8601 UTC, or null before the first success or failure. */
    record Task(String name, String state, @Schema(nullable = true) String nextRunAt,
            @Schema(nullable = true) String lastSuccessAt, @Schema(nullable = true) String lastFailureAt,
            int consecutiveFailures) {}

    record Queue(String name, long due, long retrying, long deadLetters) {}

    record Failure(String source, String at, String error) {}

    static JobsRepresentation of(BackgroundJobsOverview overview) {
        return new JobsRepresentation(
                overview.scheduler().stream().map(JobsRepresentation::task).toList(),
                overview.queues().stream().map(JobsRepresentation::queue).toList(),
                overview.recentFailures().stream().map(JobsRepresentation::failure).toList());
    }

    private static Task task(ScheduledJob job) {
        return new Task(job.name(), job.state().name().toLowerCase(Locale.ROOT), text(job.nextRunAt()),
                text(job.lastSuccessAt()), text(job.lastFailureAt()), job.consecutiveFailures());
    }

    private static Queue queue(QueueCounts queue) {
        return new Queue(queue.name(), queue.due(), queue.retrying(), queue.deadLetters());
    }

    private static Failure failure(JobFailure failure) {
        return new Failure(failure.source(), text(failure.at()), failure.error());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
