package org.tdah.assistant.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;
import org.tdah.assistant.application.jobs.port.JobStatistics;
import org.tdah.assistant.testkit.shared.MutableClock;

/** The gauges read what they are given when scraped, and what is costly at most once per its interval. */
class InfrastructureGaugesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final AssistantMetrics metrics = new AssistantMetrics();
    private final InfrastructureGauges gauges = new InfrastructureGauges(metrics, clock);

    @Test
    void health_checks_run_at_most_every_thirty_seconds_and_only_the_catalogues_are_exported() {
        AtomicInteger smsChecks = new AtomicInteger();
        HealthCheckRegistry checks = new HealthCheckRegistry();
        checks.register("database", healthy(new AtomicInteger()));
        checks.register("sms", new HealthCheck() {
            @Override
            protected Result check() {
                smsChecks.incrementAndGet();
                return Result.unhealthy("Twilio answered 401");
            }
        });
        checks.register("deadlocks", healthy(new AtomicInteger()));
        gauges.health(checks);

        assertThat(Scraped.value(metrics, "assistant_health", "check", "database")).isEqualTo(1);
        assertThat(Scraped.exists(metrics, "assistant_health", "check", "sms")).isTrue();
        assertThat(Scraped.value(metrics, "assistant_health", "check", "sms")).isZero();
        clock.advance(Duration.ofSeconds(29));
        Scraped.value(metrics, "assistant_health", "check", "sms");
        assertThat(smsChecks).as("cached for 30 s").hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        Scraped.value(metrics, "assistant_health", "check", "sms");
        assertThat(smsChecks).hasValue(2);
        assertThat(Scraped.exists(metrics, "assistant_health", "check", "deadlocks")).isFalse();
    }

    @Test
    void jobs_are_due_running_or_failing_by_task_and_dead_letters_by_queue_read_once_per_five_seconds() {
        AtomicInteger reads = new AtomicInteger();
        Instant now = clock.instant();
        gauges.jobs(new JobStatistics() {
            @Override
            public List<ScheduledJob> scheduledJobs() {
                reads.incrementAndGet();
                return List.of(new ScheduledJob("deliver-emails", now.minusSeconds(1), false, null, null, 0),
                        new ScheduledJob("send-check-ins", now.plusSeconds(60), true, null, null, 0),
                        new ScheduledJob("prune-audit-trail", now.plusSeconds(60), false, null, now, 3));
            }

            @Override
            public List<QueueCounts> queues(Instant at) {
                return List.of(new QueueCounts("email", 0, 0, 4), new QueueCounts("reminders", 2, 1, 7));
            }

            @Override
            public List<JobFailure> recentDeadLetters(int limit) {
                return List.of();
            }
        });

        assertThat(Scraped.value(metrics, "assistant_jobs_due", "task", "deliver-emails")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_jobs_due", "task", "send-check-ins")).isZero();
        assertThat(Scraped.value(metrics, "assistant_jobs_running", "task", "send-check-ins")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_jobs_failing", "task", "prune-audit-trail")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_jobs_failing", "task", "deliver-emails")).isZero();
        assertThat(Scraped.value(metrics, "assistant_dead_letters", "queue", "emails")).isEqualTo(4);
        assertThat(Scraped.value(metrics, "assistant_dead_letters", "queue", "reminders")).isEqualTo(7);
        assertThat(reads).as("one read for all the scrapes within 5 s").hasValue(1);
    }

    @Test
    void pools_and_jetty_are_read_at_each_scrape_and_jetty_has_no_series_before_the_server_exists() {
        int[] active = {3};
        gauges.databasePool(() -> new InfrastructureGauges.DatabasePoolReading(active[0], 5, 1, 10));
        gauges.redisPools(Map.of("main", () -> new InfrastructureGauges.PoolReading(2, 30)));

        assertThat(Scraped.value(metrics, "assistant_db_pool_connections", "state", "active")).isEqualTo(3);
        active[0] = 4;
        assertThat(Scraped.value(metrics, "assistant_db_pool_connections", "state", "active")).isEqualTo(4);
        assertThat(Scraped.value(metrics, "assistant_db_pool_pending_threads")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_db_pool_max_connections")).isEqualTo(10);
        assertThat(Scraped.value(metrics, "assistant_redis_pool_connections", "pool", "main", "state", "idle"))
                .isEqualTo(30);
        assertThat(Scraped.exists(metrics, "assistant_jetty_threads", "state", "busy")).isFalse();
        gauges.jettyThreads(() -> new InfrastructureGauges.ThreadPoolReading(6, 2, 200, 9));
        assertThat(Scraped.value(metrics, "assistant_jetty_threads", "state", "busy")).isEqualTo(6);
        assertThat(Scraped.value(metrics, "assistant_jetty_queued_requests")).isEqualTo(9);
    }

    @Test
    void the_session_count_is_taken_once_a_minute_and_a_failed_count_is_tried_again_at_the_next_scrape() {
        AtomicInteger counts = new AtomicInteger();
        boolean[] redisDown = {true};
        gauges.sessions(() -> {
            counts.incrementAndGet();
            if (redisDown[0]) {
                throw new IllegalStateException("Redis is down");
            }
            return 12;
        });

        assertThat(Scraped.exists(metrics, "assistant_sessions_active")).as("no value rather than a wrong one").isFalse();
        redisDown[0] = false;
        assertThat(Scraped.value(metrics, "assistant_sessions_active")).isEqualTo(12);
        clock.advance(Duration.ofSeconds(59));
        Scraped.value(metrics, "assistant_sessions_active");
        assertThat(counts).hasValue(2);
    }

    private static HealthCheck healthy(AtomicInteger calls) {
        return new HealthCheck() {
            @Override
            protected Result check() {
                calls.incrementAndGet();
                return Result.healthy();
            }
        };
    }
}
