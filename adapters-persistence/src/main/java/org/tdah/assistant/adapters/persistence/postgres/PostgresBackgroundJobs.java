package org.tdah.assistant.adapters.persistence.postgres;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Background work on db-scheduler, which keeps its schedule in PostgreSQL ({@code scheduled_tasks})
 * so that a recurring job runs once at a time across every instance, survives restarts, and is
 * picked up by another instance when one dies. A run that throws is retried with exponential
 * backoff (first retry after {@link Settings#firstRetry()}, doubling up to
 * {@link Settings#longestRetry()}); the schedule itself is never lost, and the first success resets
 * the count of consecutive failures.
 */
public final class PostgresBackgroundJobs implements AutoCloseable {

    /**
     * Work to repeat, with the pause between the end of one run and the start of the next. With
     * {@code instances} above 1 it is registered as that many tasks ({@code name-1} to
     * {@code name-n}), which run in parallel, each once at a time: the work must share itself out
     * (e.g. by locking its rows with {@code FOR UPDATE SKIP LOCKED}).
     */
    public record RecurringJob(String name, Duration pause, int instances, Runnable work) {
        public RecurringJob {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pause, "pause");
            Objects.requireNonNull(work, "work");
            if (instances < 1) {
                throw new IllegalArgumentException("a job runs as at least one instance, not " + instances);
            }
        }

        public RecurringJob(String name, Duration pause, Runnable work) {
            this(name, pause, 1, work);
        }

        /** The db-scheduler task names: {@code name} alone, or {@code name-1} to {@code name-n}. */
        public List<String> taskNames() {
            if (instances == 1) {
                return List.of(name);
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= instances; i++) {
                names.add(name + "-" + i);
            }
            return names;
        }
    }

    /** How the scheduler runs: worker threads, how often it polls, and the backoff of failed runs. */
    public record Settings(int threads, Duration pollingInterval, Duration firstRetry, Duration longestRetry) {
        public static final Settings DEFAULTS = new Settings(2, Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofMinutes(10));

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("the scheduler needs at least one thread");
            }
            Objects.requireNonNull(pollingInterval, "pollingInterval");
            Objects.requireNonNull(firstRetry, "firstRetry");
            Objects.requireNonNull(longestRetry, "longestRetry");
            if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
                throw new IllegalArgumentException("the first retry must be positive and not longer than the longest");
            }
        }
    }

    /** Told of every run this instance finished: the task's name and whether it succeeded. */
    @FunctionalInterface
    public interface RunListener {
        RunListener NONE = (taskName, succeeded) -> { };

        void ran(String taskName, boolean succeeded);
    }

    private final Scheduler scheduler;

    private PostgresBackgroundJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the scheduler with these jobs. */
    public static PostgresBackgroundJobs start(PostgresDatabase database, List<RecurringJob> jobs, Settings settings) {
        return start(database, jobs, settings, RunListener.NONE);
    }

    /** Starts the scheduler with these jobs, telling {@code runs} of each run this instance finishes. */
    public static PostgresBackgroundJobs start(PostgresDatabase database, List<RecurringJob> jobs, Settings settings,
            RunListener runs) {
        FailureHandler<Void> backoff = new CappedExponentialBackoff(settings.firstRetry(), settings.longestRetry());
        List<RecurringTask<Void>> tasks = new ArrayList<>();
        for (RecurringJob job : jobs) {
            for (String taskName : job.taskNames()) {
                tasks.add(Tasks.recurring(taskName, FixedDelay.of(job.pause()))
                        .onFailure(backoff)
                        .execute((instance, context) -> job.work().run()));
            }
        }
        Scheduler scheduler = Scheduler.create(database.dataSource())
                .startTasks(tasks)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .shutdownMaxWait(Duration.ofSeconds(10))
                .statsRegistry(new RunStatistics(runs))
                .build();
        scheduler.start();
        return new PostgresBackgroundJobs(scheduler);
    }

    @Override
    public void close() {
        scheduler.stop();
    }

    /**
     * db-scheduler's {@code ExponentialBackoffFailureHandler} grows without bound; this one doubles
     * from the first retry and stops at the longest, so a job that failed for a day still retries
     * every {@code longest}. The n-th consecutive failure waits {@code first * 2^(n-1)}.
     */
    static final class CappedExponentialBackoff implements FailureHandler<Void> {
        private final Duration first;
        private final Duration longest;

        CappedExponentialBackoff(Duration first, Duration longest) {
            this.first = first;
            this.longest = longest;
        }

        static Duration delayAfter(int consecutiveFailures, Duration first, Duration longest) {
            Duration delay = first;
            for (int i = 0; i < consecutiveFailures && delay.compareTo(longest) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(longest) < 0 ? delay : longest;
        }

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
            Instant next = complete.getTimeDone().plus(
                    delayAfter(complete.getExecution().consecutiveFailures, first, longest));
            operations.reschedule(complete, next);
        }
    }

    /** db-scheduler's statistics hook, reduced to the runs it completed. */
    private record RunStatistics(RunListener runs) implements StatsRegistry {
        @Override
        public void register(SchedulerStatsEvent event) {}

        @Override
        public void register(CandidateStatsEvent event) {}

        @Override
        public void register(ExecutionStatsEvent event) {}

        @Override
        public void registerSingleCompletedExecution(ExecutionComplete completed) {
            runs.ran(completed.getExecution().taskInstance.getTaskName(),
                    completed.getResult() == ExecutionComplete.Result.OK);
        }
    }
}
