package org.tdah.assistant.adapters.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.adapters.persistence.shared.JdbiEmailOutbox;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;
import org.tdah.assistant.application.jobs.port.JobStatisticsContract;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.testkit.shared.InMemoryCorrelation;

class JdbiJobStatisticsIT extends JobStatisticsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final AesGcmCipher CIPHER = AesGcmCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Override
    protected Fixture newFixture() {
        TestDatabase.truncateAll(DATABASE);
        return new Fixture(new JdbiEmailOutbox(DATABASE, CIPHER, new InMemoryCorrelation()), new JdbiJobStatistics(DATABASE));
    }

    private static void task(String name, String instance, Instant next, boolean picked, Instant success,
            Instant failure, Integer failures) {
        DATABASE.withHandle(handle -> handle.createUpdate("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, last_success,
                    last_failure, consecutive_failures, version)
                VALUES (:name, :instance, :next, :picked, :success, :failure, :failures, 1)""")
                .bind("name", name).bind("instance", instance).bind("next", Timestamps.utc(next))
                .bind("picked", picked).bind("success", Timestamps.utc(success))
                .bind("failure", Timestamps.utc(failure)).bind("failures", failures).execute());
    }

    private static String reminder(AccountId account, int number, Instant attemptAt, Integer failures) {
        String id = "reminder-" + number;
        DATABASE.withHandle(handle -> handle.createUpdate("""
                INSERT INTO reminders (id, account_id, number, text, schedule_start, time_zone, status,
                    firing_at, firing_round, attempt_at, failures, created_at)
                VALUES (:id, :account, :number, 'call the dentist at +14155550100', '2026-12-02 09:00', 'UTC',
                    'scheduled', :attempt, CASE WHEN CAST(:attempt AS TIMESTAMPTZ) IS NULL THEN NULL ELSE 0 END,
                    :attempt, :failures, :now)""")
                .bind("id", id).bind("account", account.value()).bind("number", number)
                .bind("attempt", Timestamps.utc(attemptAt)).bind("failures", failures)
                .bind("now", Timestamps.utc(NOW)).execute());
        return id;
    }

    private static void deadDelivery(String reminderId, Instant finishedAt, String error) {
        DATABASE.withHandle(handle -> handle.createUpdate("""
                INSERT INTO reminder_deliveries (reminder_id, firing_at, channel, state, claimed_at, finished_at, last_error)
                VALUES (:id, :at, 'sms', 'failed', :at, :at, :error)""")
                .bind("id", reminderId).bind("at", Timestamps.utc(finishedAt)).bind("error", error).execute());
    }

    @Test
    void the_scheduler_tasks_are_read_from_db_scheduler_one_per_name_across_instances() {
        newFixture();
        task("deliver-emails", "recurring", NOW.plusSeconds(2), false, NOW.minusSeconds(1), null, 0);
        task("deliver-reminders-1", "recurring", NOW.plusSeconds(5), true, null, NOW.minusSeconds(3), 2);
        task("prune-audit-trail", "recurring", NOW.plusSeconds(60), false, null, null, null);

        assertThat(new JdbiJobStatistics(DATABASE).scheduledJobs()).containsExactly(
                new ScheduledJob("deliver-emails", NOW.plusSeconds(2), false, NOW.minusSeconds(1), null, 0),
                new ScheduledJob("deliver-reminders-1", NOW.plusSeconds(5), true, null, NOW.minusSeconds(3), 2),
                new ScheduledJob("prune-audit-trail", NOW.plusSeconds(60), false, null, null, 0));
    }

    @Test
    void the_reminders_queue_counts_due_retrying_and_dead_deliveries_and_its_dead_letters_join_the_emails() {
        newFixture();
        AccountId account = TestAccounts.storedIn(DATABASE);
        reminder(account, 1, NOW.minusSeconds(1), 0);
        reminder(account, 2, NOW.minusSeconds(1), 2);
        reminder(account, 3, NOW.plusSeconds(60), 1);
        String quiet = reminder(account, 4, null, null);
        deadDelivery(quiet, NOW.minusSeconds(30), "Twilio 21610: unsubscribed recipient");
        new JdbiEmailOutbox(DATABASE, CIPHER, new InMemoryCorrelation()).enqueue(new EmailMessage("e-1",
                EmailAddress.parse("sam@example.org"), "Hi", "body"), NOW);
        new JdbiEmailOutbox(DATABASE, CIPHER, new InMemoryCorrelation()).markFailed("e-1", NOW.minusSeconds(10), "550 refused");

        JdbiJobStatistics statistics = new JdbiJobStatistics(DATABASE);

        assertThat(statistics.queues(NOW)).containsExactly(new QueueCounts("email", 0, 0, 1),
                new QueueCounts("reminders", 2, 2, 1));
        List<JobFailure> failures = statistics.recentDeadLetters(20);
        assertThat(failures).containsExactly(new JobFailure("email", NOW.minusSeconds(10), "550 refused"),
                new JobFailure("reminders", NOW.minusSeconds(30), "Twilio 21610: unsubscribed recipient"));
        assertThat(failures.toString()).doesNotContain("dentist", "+1415", "sam@");
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
