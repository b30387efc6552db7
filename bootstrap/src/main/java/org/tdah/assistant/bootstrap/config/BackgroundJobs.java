package org.tdah.assistant.bootstrap.config;

import io.dropwizard.lifecycle.Managed;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.persistence.postgres.PostgresBackgroundJobs.RecurringJob;
import org.tdah.assistant.adapters.persistence.postgres.PostgresBackgroundJobs;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.application.assistant.delivery.DeliverDueReminders;
import org.tdah.assistant.application.sms.numbers.RepairWebhooks;

/**
 * Every piece of background work, in one list ({@link #of}), run on db-scheduler while the
 * application runs: by {@code server} unless {@code jobs.enabled} is false, and always by
 * {@code worker}. Started after the database is migrated, stopped (waiting for running work) before
 * the pool closes. Each run finished here counts in {@code assistant_job_runs_total}; the reminder and
 * check-in jobs' reports count nags, lateness and check-ins. Each run of a job has a request id of its
 * own in its log lines (a reminder firing days after the request that created it is caused by the time,
 * not by that request: the reminder's id ties the two), and an item that a request stored (an email) is
 * handled continuing that request's id instead.
 */
public final class BackgroundJobs implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final PostgresDatabase database;
    private final List<RecurringJob> jobs;
    private final PostgresBackgroundJobs.Settings settings;
    private final AssistantMetrics metrics;
    private PostgresBackgroundJobs running;

    public BackgroundJobs(PostgresDatabase database, AssistantCore core, AssistantConfiguration configuration,
            AssistantMetrics metrics) {
        this.database = database;
        this.jobs = of(core, configuration, metrics);
        this.settings = settings(configuration.jobs);
        this.metrics = metrics;
    }

    /** The recurring jobs: a new one is one more entry here (name, pause between runs, instances, work). */
    static List<RecurringJob> of(AssistantCore core, AssistantConfiguration configuration, AssistantMetrics metrics) {
        return jobs(core, configuration, metrics).stream().map(BackgroundJobs::withItsOwnRequestId).toList();
    }

    private static RecurringJob withItsOwnRequestId(RecurringJob job) {
        return new RecurringJob(job.name(), job.pause(), job.instances(),
                () -> Adapters.correlation().continuing(Optional.empty(), () -> {
                    job.work().run();
                    return null;
                }));
    }

    private static List<RecurringJob> jobs(AssistantCore core, AssistantConfiguration configuration,
            AssistantMetrics metrics) {
        return List.of(
                new RecurringJob("deliver-emails", configuration.outbox.pollingInterval.toJavaDuration(),
                        () -> core.shared().deliverPendingEmails().deliverDue()),
                new RecurringJob("deliver-reminders", configuration.reminders.pollingInterval.toJavaDuration(),
                        configuration.reminders.instances, () -> counted(core.assistant().deliverDueReminders().deliverDue(), metrics)),
                new RecurringJob("send-check-ins", configuration.reminders.checkInInterval.toJavaDuration(),
                        () -> metrics.checkInsSent(core.assistant().sendCheckIns().sendDue().sent())),
                new RecurringJob("prune-audit-trail", configuration.audit.pruneInterval.toJavaDuration(),
                        () -> LOG.info("Audit trail pruned: {} entries past retention deleted",
                                core.audit().pruneAuditTrail().prune())),
                new RecurringJob("check-number-webhooks", configuration.sms.webhookCheckInterval.toJavaDuration(),
                        () -> logged(core.sms().repairWebhooks().checkAll())),
                new RecurringJob("reconcile-sms-prices", configuration.sms.priceCheckInterval.toJavaDuration(),
                        () -> core.sms().reconcilePrices().reconcile()));
    }

    private static void counted(DeliverDueReminders.Report report, AssistantMetrics metrics) {
        metrics.nagsDelivered(report.nags());
        report.deliveries().forEach(delivery -> metrics.reminderLate(delivery.late()));
        logged(report);
    }

    private static void logged(DeliverDueReminders.Report report) {
        if (report.fired() + report.deferred() + report.retried() + report.deadLetters() > 0) {
            LOG.info("Reminders: {} fired, {} deferred by quiet hours, {} texts to retry, {} dead letters",
                    report.fired(), report.deferred(), report.retried(), report.deadLetters());
        }
    }

    private static void logged(RepairWebhooks.Report report) {
        if (report.repaired() + report.missing() > 0) {
            LOG.warn("Number webhooks: {} checked, {} set back to ours, {} numbers no longer ours at Twilio",
                    report.checked(), report.repaired(), report.missing());
        }
    }

    static PostgresBackgroundJobs.Settings settings(AssistantConfiguration.Jobs jobs) {
        return new PostgresBackgroundJobs.Settings(jobs.threads, jobs.pollingInterval.toJavaDuration(),
                jobs.firstRetry.toJavaDuration(), jobs.longestRetry.toJavaDuration());
    }

    /** The db-scheduler task names of every job, as {@code GET /admin/jobs} lists them. */
    public List<String> taskNames() {
        return jobs.stream().flatMap(job -> job.taskNames().stream()).toList();
    }

    @Override
    public void start() {
        running = PostgresBackgroundJobs.start(database, jobs, settings, metrics::jobRan);
        LOG.info("Background jobs started: {}", taskNames());
    }

    @Override
    public void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
