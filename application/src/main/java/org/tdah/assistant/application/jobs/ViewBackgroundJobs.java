package org.tdah.assistant.application.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.jobs.port.JobStatistics;
import org.tdah.assistant.domain.access.Permission;

/**
 * The background work at a glance, for a caller allowed {@code job:read}: the scheduler's tasks,
 * the queues, and the latest {@value #RECENT_FAILURES} failures (tasks whose last run threw, and
 * dead letters). An error message that quotes an email address or a phone number (a mail server's
 * "550 no such user sam@example.org") has it masked: the overview names jobs, never people.
 */
public final class ViewBackgroundJobs {
    static final int RECENT_FAILURES = 20;
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[ ().-]?\\d){7,14}");

    /** How the view ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NotAllowed notAllowed);
        }

        record Found(BackgroundJobsOverview overview) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller is not allowed {@code job:read}. */
        record NotAllowed() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final JobStatistics statistics;
    private final EffectivePermissions effectivePermissions;
    private final Clock clock;

    ViewBackgroundJobs(JobStatistics statistics, EffectivePermissions effectivePermissions, Clock clock) {
        this.statistics = statistics;
        this.effectivePermissions = effectivePermissions;
        this.clock = clock;
    }

    public Result view(Caller caller) {
        if (!effectivePermissions.allows(caller.roles(), Permission.JOB_READ)) {
            return new Result.NotAllowed();
        }
        List<ScheduledJob> scheduler = statistics.scheduledJobs();
        List<JobFailure> failures = new ArrayList<>();
        for (ScheduledJob job : scheduler) {
            if (job.lastFailureAt() != null) {
                failures.add(new JobFailure(job.name(), job.lastFailureAt(), job.consecutiveFailures() > 0
                        ? "the run failed (" + job.consecutiveFailures() + " in a row); retried with backoff"
                        : "the run failed; it has succeeded since"));
            }
        }
        statistics.recentDeadLetters(RECENT_FAILURES).forEach(failure ->
                failures.add(new JobFailure(failure.source(), failure.at(), masked(failure.error()))));
        List<JobFailure> recent = failures.stream()
                .sorted(Comparator.comparing(JobFailure::at).reversed().thenComparing(JobFailure::source))
                .limit(RECENT_FAILURES)
                .toList();
        return new Result.Found(new BackgroundJobsOverview(scheduler, statistics.queues(clock.instant()), recent));
    }

    static String masked(String error) {
        return PHONE.matcher(EMAIL.matcher(error).replaceAll("<address>")).replaceAll("<number>");
    }
}
