package org.tdah.assistant.adapters.metrics;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;
import org.tdah.assistant.application.jobs.port.JobStatistics;

/**
 * The gauges read when Prometheus scrapes: connection pools, Jetty's threads, health, background
 * jobs and sessions. Each is given what to read by the composition root as a plain supplier (so this
 * module knows neither HikariCP, Jedis nor Jetty); what costs a query or a remote call is cached
 * ({@link Cached}): health checks 30 s, the jobs' table and dead letters 5 s, the session count 60 s.
 */
public final class InfrastructureGauges {
    /** The health checks the catalogue names; others (Dropwizard's deadlock check) stay on {@code /healthcheck}. */
    static final List<String> HEALTH_CHECKS = List.of("database", "redis", "smtp", "sms");
    static final Duration HEALTH_MAX_AGE = Duration.ofSeconds(30);
    static final Duration JOBS_MAX_AGE = Duration.ofSeconds(5);
    static final Duration SESSIONS_MAX_AGE = Duration.ofSeconds(60);

    /** A connection pool now. */
    public record PoolReading(int active, int idle) {}

    /** The HikariCP pool now. */
    public record DatabasePoolReading(int active, int idle, int waiting, int max) {}

    /** The application connector's thread pool now. */
    public record ThreadPoolReading(int busy, int idle, int max, int queued) {}

    private final PrometheusRegistry registry;
    private final Clock clock;
    private final AtomicReference<Supplier<ThreadPoolReading>> jetty = new AtomicReference<>();

    public InfrastructureGauges(AssistantMetrics metrics, Clock clock) {
        this.registry = metrics.registry();
        this.clock = clock;
        gauge("assistant_jetty_threads", "Threads of the application connector's pool, by state", callback -> {
            ThreadPoolReading reading = jettyReading();
            if (reading != null) {
                callback.call(reading.busy(), "busy");
                callback.call(reading.idle(), "idle");
                callback.call(reading.max(), "max");
            }
        }, "state");
        gauge("assistant_jetty_queued_requests", "Jobs waiting for a Jetty thread", callback -> {
            ThreadPoolReading reading = jettyReading();
            if (reading != null) {
                callback.call(reading.queued());
            }
        });
    }

    private ThreadPoolReading jettyReading() {
        Supplier<ThreadPoolReading> reading = jetty.get();
        return reading == null ? null : reading.get();
    }

    /** The Jetty pool, known once the server is built (before that the Jetty gauges have no series). */
    public void jettyThreads(Supplier<ThreadPoolReading> reading) {
        jetty.set(Objects.requireNonNull(reading, "reading"));
    }

    public void databasePool(Supplier<DatabasePoolReading> pool) {
        gauge("assistant_db_pool_connections", "Connections of the PostgreSQL pool, by state", callback -> {
            DatabasePoolReading reading = pool.get();
            callback.call(reading.active(), "active");
            callback.call(reading.idle(), "idle");
        }, "state");
        gauge("assistant_db_pool_pending_threads", "Threads waiting for a PostgreSQL connection",
                callback -> callback.call(pool.get().waiting()));
        gauge("assistant_db_pool_max_connections", "The size of the PostgreSQL pool",
                callback -> callback.call(pool.get().max()));
    }

    /** The Redis pools by name ({@code main}, {@code live}). */
    public void redisPools(Map<String, Supplier<PoolReading>> pools) {
        Map<String, Supplier<PoolReading>> named = new LinkedHashMap<>(pools);
        gauge("assistant_redis_pool_connections", "Connections of the Redis pools, by pool and state", callback ->
                named.forEach((pool, reading) -> {
                    PoolReading now = reading.get();
                    callback.call(now.active(), pool, "active");
                    callback.call(now.idle(), pool, "idle");
                }), "pool", "state");
    }

    /** 1 healthy, 0 unhealthy, for each of {@link #HEALTH_CHECKS} registered; run at most every 30 s. */
    public void health(HealthCheckRegistry checks) {
        Cached<Map<String, Boolean>> results = new Cached<>(() -> {
            Map<String, Boolean> healthy = new LinkedHashMap<>();
            for (String name : HEALTH_CHECKS) {
                if (checks.getNames().contains(name)) {
                    HealthCheck.Result result = checks.runHealthCheck(name);
                    healthy.put(name, result.isHealthy());
                }
            }
            return healthy;
        }, HEALTH_MAX_AGE, clock);
        gauge("assistant_health", "1 when the dependency's health check passes, else 0 (checked at most every 30 s)",
                callback -> {
                    Map<String, Boolean> now = results.get();
                    if (now != null) {
                        now.forEach((check, healthy) -> callback.call(healthy ? 1 : 0, check));
                    }
                }, "check");
    }

    /**
     * db-scheduler's tasks (due and not picked, picked, last run failed) and the dead letters of the
     * reminders and of the email outbox, read through the jobs context's statistics port.
     */
    public void jobs(JobStatistics statistics) {
        Cached<List<ScheduledJob>> scheduled = new Cached<>(statistics::scheduledJobs, JOBS_MAX_AGE, clock);
        Cached<List<QueueCounts>> queues = new Cached<>(() -> statistics.queues(clock.instant()), JOBS_MAX_AGE, clock);
        gauge("assistant_jobs_due", "Executions due now and not picked, by task", callback -> each(scheduled,
                job -> callback.call(!job.running() && !job.nextRunAt().isAfter(clock.instant()) ? 1 : 0, job.name())),
                "task");
        gauge("assistant_jobs_running", "Executions picked by an instance, by task", callback -> each(scheduled,
                job -> callback.call(job.running() ? 1 : 0, job.name())), "task");
        gauge("assistant_jobs_failing", "Executions whose last run failed, by task", callback -> each(scheduled,
                job -> callback.call(job.consecutiveFailures() > 0 ? 1 : 0, job.name())), "task");
        gauge("assistant_dead_letters", "Deliveries given up for good, by queue", callback -> {
            List<QueueCounts> now = queues.get();
            if (now != null) {
                for (QueueCounts queue : now) {
                    callback.call(queue.deadLetters(), "email".equals(queue.name()) ? "emails" : queue.name());
                }
            }
        }, "queue");
    }

    /** The sessions held now, counted at most once a minute. */
    public void sessions(LongSupplier count) {
        Cached<Long> sessions = new Cached<>(count::getAsLong, SESSIONS_MAX_AGE, clock);
        gauge("assistant_sessions_active", "Sessions not ended nor expired (counted at most once a minute)",
                callback -> {
                    Long now = sessions.get();
                    if (now != null) {
                        callback.call(now);
                    }
                });
    }

    private static void each(Cached<List<ScheduledJob>> jobs, java.util.function.Consumer<ScheduledJob> action) {
        List<ScheduledJob> now = jobs.get();
        if (now != null) {
            now.forEach(action);
        }
    }

    private void gauge(String name, String help, java.util.function.Consumer<GaugeWithCallback.Callback> callback,
            String... labels) {
        GaugeWithCallback.builder().name(name).help(help).labelNames(labels).callback(callback).register(registry);
    }
}
