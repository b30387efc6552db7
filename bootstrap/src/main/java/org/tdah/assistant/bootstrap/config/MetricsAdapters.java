package org.tdah.assistant.bootstrap.config;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.metrics.InfrastructureGauges;
import org.tdah.assistant.adapters.metrics.InfrastructureGauges.DatabasePoolReading;
import org.tdah.assistant.adapters.metrics.InfrastructureGauges.PoolReading;
import org.tdah.assistant.adapters.metrics.InfrastructureGauges.ThreadPoolReading;
import org.tdah.assistant.adapters.persistence.identity.RedisSessions;
import org.tdah.assistant.adapters.persistence.jobs.JdbiJobStatistics;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;

/**
 * The Prometheus metrics of this application instance: its own registry (several applications in
 * one JVM, as in the tests, each have theirs), served at {@code GET /prometheus} on the admin port
 * of every command, and the gauges' readings, taken from the real infrastructure: the HikariCP
 * and Jedis pools, Jetty's thread pool once the server is built, the registered health checks,
 * db-scheduler's table and the dead letters (the jobs context's statistics adapter), and the
 * sessions in Redis. The gauges read wall-clock time for their caches, never the application's
 * clock, which tests move.
 */
public final class MetricsAdapters {
    private MetricsAdapters() {}

    /** A new registry, served on the admin port. */
    public static AssistantMetrics serve(Environment environment, AssistantConfiguration configuration) {
        AssistantMetrics metrics = new AssistantMetrics();
        metrics.pricedIn(configuration.sms.prices.currency);
        environment.admin().addServlet("prometheus", metrics.servlet()).addMapping("/prometheus");
        return metrics;
    }

    /** The gauges, once the health checks are registered. */
    public static void gauges(Environment environment, AssistantMetrics metrics, PostgresDatabase database,
            RedisConnection redis, RedisConnection liveRedis) {
        InfrastructureGauges gauges = new InfrastructureGauges(metrics, Clock.systemUTC());
        gauges.databasePool(() -> {
            PostgresDatabase.PoolUsage pool = database.poolUsage();
            return new DatabasePoolReading(pool.active(), pool.idle(), pool.waiting(), pool.max());
        });
        Map<String, Supplier<PoolReading>> pools = new LinkedHashMap<>();
        pools.put("main", () -> reading(redis));
        pools.put("live", () -> reading(liveRedis));
        gauges.redisPools(pools);
        gauges.health(environment.healthChecks());
        gauges.jobs(new JdbiJobStatistics(database));
        gauges.sessions(new RedisSessions(redis)::countActive);
        environment.lifecycle().addServerLifecycleListener(server -> {
            if (server.getThreadPool() instanceof QueuedThreadPool pool) {
                gauges.jettyThreads(() -> new ThreadPoolReading(pool.getBusyThreads(), pool.getIdleThreads(),
                        pool.getMaxThreads(), pool.getQueueSize()));
            }
        });
    }

    private static PoolReading reading(RedisConnection connection) {
        RedisConnection.PoolUsage usage = connection.poolUsage();
        return new PoolReading(usage.active(), usage.idle());
    }
}
