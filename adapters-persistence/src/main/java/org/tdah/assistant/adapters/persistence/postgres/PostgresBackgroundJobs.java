package org.tdah.assistant.adapters.persistence.postgres;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Background work on db-scheduler, which keeps its schedule in PostgreSQL ({@code scheduled_tasks})
 * so that a recurring job runs once at a time across every instance, survives restarts, and is
 * picked up by another instance when one dies.
 */
public final class PostgresBackgroundJobs implements AutoCloseable {

    /** Work to repeat, with the pause between the end of one run and the start of the next. */
    public record RecurringJob(String name, Duration pause, Runnable work) {
        public RecurringJob {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pause, "pause");
            Objects.requireNonNull(work, "work");
        }
    }

    private final Scheduler scheduler;

    private PostgresBackgroundJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the scheduler, which polls for due work every {@code pollingInterval}. */
    public static PostgresBackgroundJobs start(PostgresDatabase database, List<RecurringJob> jobs, Duration pollingInterval) {
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), FixedDelay.of(job.pause()))
                        .execute((instance, context) -> job.work().run()))
                .toList();
        Scheduler scheduler = Scheduler.create(database.dataSource())
                .startTasks(tasks)
                .threads(2)
                .pollingInterval(pollingInterval)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
        return new PostgresBackgroundJobs(scheduler);
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
