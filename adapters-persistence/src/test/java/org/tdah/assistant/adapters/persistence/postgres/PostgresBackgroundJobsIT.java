package org.tdah.assistant.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;

class PostgresBackgroundJobsIT {
    private static final PostgresBackgroundJobs.Settings FAST = new PostgresBackgroundJobs.Settings(2,
            Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(800));

    @Test
    void a_recurring_job_runs_again_and_again_and_keeps_its_schedule_in_postgresql() {
        AtomicInteger runs = new AtomicInteger();
        try (PostgresDatabase database = TestDatabase.migrated();
                PostgresBackgroundJobs jobs = PostgresBackgroundJobs.start(database,
                        List.of(new PostgresBackgroundJobs.RecurringJob("count", Duration.ofMillis(200), runs::incrementAndGet)),
                        FAST)) {

            await().atMost(Duration.ofSeconds(20)).until(() -> runs.get() >= 3);

            Integer scheduled = database.withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'count'").mapTo(Integer.class).one());
            assertThat(scheduled).isEqualTo(1);
        }
    }

    @Test
    void a_job_that_fails_is_retried_with_a_doubling_delay_up_to_the_longest_and_keeps_its_schedule() {
        AtomicInteger runs = new AtomicInteger();
        try (PostgresDatabase database = TestDatabase.migrated();
                PostgresBackgroundJobs jobs = PostgresBackgroundJobs.start(database,
                        List.of(new PostgresBackgroundJobs.RecurringJob("failing", Duration.ofMillis(50), () -> {
                            runs.incrementAndGet();
                            throw new IllegalStateException("the mail server is down");
                        })),
                        FAST)) {

            await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 4);

            Map<String, Object> row = database.withHandle(handle -> handle.createQuery(
                    "SELECT consecutive_failures AS failures,"
                            + " (EXTRACT(EPOCH FROM execution_time - last_failure) * 1000)::bigint AS delay"
                            + " FROM scheduled_tasks WHERE task_name = 'failing'").mapToMap().one());
            int failures = ((Number) row.get("failures")).intValue();
            long delay = ((Number) row.get("delay")).longValue();
            assertThat(failures).isGreaterThanOrEqualTo(3);
            assertThat(delay).as("not the 50 ms of the schedule: the backoff after %d failures", failures)
                    .isEqualTo(Math.min(200L << (failures - 1), 800L));
        }
    }

    @Test
    void the_backoff_doubles_from_the_first_retry_and_stops_at_the_longest() {
        Duration first = Duration.ofSeconds(10);
        Duration longest = Duration.ofMinutes(1);

        assertThat(List.of(0, 1, 2, 3, 40).stream()
                .map(failures -> PostgresBackgroundJobs.CappedExponentialBackoff.delayAfter(failures, first, longest))
                .toList())
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                        Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Test
    void a_job_of_two_instances_runs_as_two_tasks_at_the_same_time() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (PostgresDatabase database = TestDatabase.migrated();
                PostgresBackgroundJobs jobs = PostgresBackgroundJobs.start(database,
                        List.of(new PostgresBackgroundJobs.RecurringJob("deliver", Duration.ofMillis(50), 2, () -> {
                            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                            sleep(Duration.ofMillis(400));
                            running.decrementAndGet();
                        })),
                        FAST)) {

            await().atMost(Duration.ofSeconds(20)).until(() -> mostAtOnce.get() == 2);

            List<String> names = database.withHandle(handle -> handle.createQuery(
                    "SELECT task_name FROM scheduled_tasks ORDER BY task_name").mapTo(String.class).list());
            assertThat(names).containsExactly("deliver-1", "deliver-2");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
