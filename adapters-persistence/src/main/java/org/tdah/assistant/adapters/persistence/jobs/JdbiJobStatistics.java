package org.tdah.assistant.adapters.persistence.jobs;

import java.time.Instant;
import java.util.List;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;
import org.tdah.assistant.application.jobs.port.JobStatistics;

/**
 * The statistics of background work read from PostgreSQL: db-scheduler's {@code scheduled_tasks},
 * the {@code email_outbox} and the reminders' queue ({@code reminders.attempt_at} and
 * {@code failures}, dead letters in {@code reminder_deliveries}). It selects counts, names, times
 * and error messages only: never a recipient, subject, body or reminder text.
 */
public final class JdbiJobStatistics implements JobStatistics {
    static final String EMAIL = "email";
    static final String REMINDERS = "reminders";

    private final PostgresDatabase database;

    public JdbiJobStatistics(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public List<ScheduledJob> scheduledJobs() {
        return database.withHandle(handle -> handle.createQuery("""
                SELECT task_name, min(execution_time) AS next_run_at, bool_or(picked) AS running,
                       max(last_success) AS last_success, max(last_failure) AS last_failure,
                       max(coalesce(consecutive_failures, 0)) AS consecutive_failures
                FROM scheduled_tasks GROUP BY task_name ORDER BY task_name""")
                .map((row, context) -> new ScheduledJob(row.getString("task_name"),
                        Timestamps.instant(row, "next_run_at"), row.getBoolean("running"),
                        Timestamps.instant(row, "last_success"), Timestamps.instant(row, "last_failure"),
                        row.getInt("consecutive_failures")))
                .list());
    }

    @Override
    public List<QueueCounts> queues(Instant now) {
        return database.withHandle(handle -> {
            QueueCounts email = handle.createQuery("""
                    SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL AND due_at <= :now) AS due,
                           count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL AND failed_attempts > 0)
                               AS retrying,
                           count(*) FILTER (WHERE failed_at IS NOT NULL) AS dead
                    FROM email_outbox""")
                    .bind("now", Timestamps.utc(now))
                    .map((row, context) -> new QueueCounts(EMAIL, row.getLong("due"), row.getLong("retrying"),
                            row.getLong("dead")))
                    .one();
            QueueCounts reminders = handle.createQuery("""
                    SELECT (SELECT count(*) FROM reminders WHERE attempt_at <= :now) AS due,
                           (SELECT count(*) FROM reminders WHERE attempt_at IS NOT NULL AND failures > 0) AS retrying,
                           (SELECT count(*) FROM reminder_deliveries WHERE state = 'failed') AS dead""")
                    .bind("now", Timestamps.utc(now))
                    .map((row, context) -> new QueueCounts(REMINDERS, row.getLong("due"), row.getLong("retrying"),
                            row.getLong("dead")))
                    .one();
            return List.of(email, reminders);
        });
    }

    @Override
    public List<JobFailure> recentDeadLetters(int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                (SELECT 'email' AS source, failed_at AS at, coalesce(last_error, 'gave up') AS error
                 FROM email_outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT :limit)
                UNION ALL
                (SELECT 'reminders' AS source, coalesce(finished_at, claimed_at) AS at,
                        coalesce(last_error, 'gave up') AS error
                 FROM reminder_deliveries WHERE state = 'failed'
                 ORDER BY coalesce(finished_at, claimed_at) DESC LIMIT :limit)
                ORDER BY at DESC, source LIMIT :limit""")
                .bind("limit", limit)
                .map((row, context) -> new JobFailure(row.getString("source"), Timestamps.instant(row, "at"),
                        row.getString("error")))
                .list());
    }
}
