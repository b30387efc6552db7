package org.tdah.assistant.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;

class PostgresBackgroundJobsIT {

    @Test
    void a_recurring_job_runs_again_and_again_and_keeps_its_schedule_in_postgresql() {
        AtomicInteger runs = new AtomicInteger();
        try (PostgresDatabase database = TestDatabase.migrated();
                PostgresBackgroundJobs jobs = PostgresBackgroundJobs.start(database,
                        List.of(new PostgresBackgroundJobs.RecurringJob("count", Duration.ofMillis(200), runs::incrementAndGet)),
                        Duration.ofMillis(200))) {

            await().atMost(Duration.ofSeconds(20)).until(() -> runs.get() >= 3);

            Integer scheduled = database.withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'count'").mapTo(Integer.class).one());
            assertThat(scheduled).isEqualTo(1);
        }
    }

    @Test
    void a_job_that_fails_is_run_again_later() {
        AtomicInteger runs = new AtomicInteger();
        try (PostgresDatabase database = TestDatabase.migrated();
                PostgresBackgroundJobs jobs = PostgresBackgroundJobs.start(database,
                        List.of(new PostgresBackgroundJobs.RecurringJob("failing", Duration.ofMillis(200), () -> {
                            runs.incrementAndGet();
                            throw new IllegalStateException("the mail server is down");
                        })),
                        Duration.ofMillis(200))) {

            await().atMost(Duration.ofSeconds(20)).until(() -> runs.get() >= 2);
        }
    }
}
