package org.tdah.assistant.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * db-scheduler's own limit: {@code --tasks} one-time tasks that do nothing, all due at the same
 * instant T, run by db-scheduler 16.12.0 with the settings of our {@code PostgresBackgroundJobs}
 * (2 threads, polling every second, the default polling strategy) on the database we give it, in a
 * table of its own ({@code CREATE TABLE ... (LIKE scheduled_tasks INCLUDING ALL)}) so that the
 * server's scheduler on the same database never sees them. Prints the time from T to the last
 * execution, the rate, and executions counted twice.
 *
 * <pre>java -cp bench/target/bench.jar org.tdah.assistant.bench.DbSchedulerNoOpBench --jdbc-url URL
 *     [--user postgres] [--tasks 10000] [--threads 2] [--polling 1s] [--strategy fetch|lock-and-fetch]
 *     [--lead 5s] [--table bench_noop_tasks]</pre>
 */
public final class DbSchedulerNoOpBench {

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--jdbc-url", null);
        if (url == null) {
            throw new IllegalArgumentException("--jdbc-url is required");
        }
        String user = arg(args, "--user", "postgres");
        int count = Integer.parseInt(arg(args, "--tasks", "10000"));
        int threads = Integer.parseInt(arg(args, "--threads", "2"));
        Duration polling = Options.duration(arg(args, "--polling", "1s"));
        Duration lead = Options.duration(arg(args, "--lead", "5s"));
        String strategy = arg(args, "--strategy", "fetch");
        String table = arg(args, "--table", "bench_noop_tasks");

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(8);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
                statement.execute("CREATE TABLE " + table + " (LIKE scheduled_tasks INCLUDING ALL)");
            }
            ConcurrentHashMap<String, AtomicInteger> runs = new ConcurrentHashMap<>();
            AtomicLong last = new AtomicLong();
            AtomicInteger done = new AtomicInteger();
            OneTimeTask<Void> noop = Tasks.oneTime("noop").execute((instance, context) -> {
                runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
                last.accumulateAndGet(System.currentTimeMillis(), Math::max);
                done.incrementAndGet();
            });

            Instant due = Instant.now().plus(lead).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
            SchedulerClient client = SchedulerClient.Builder.create(dataSource, noop).tableName(table).build();
            List<TaskInstance<?>> instances = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                instances.add(noop.instance("noop-" + i));
            }
            long t0 = System.nanoTime();
            client.scheduleBatch(instances, due);
            System.out.printf(Locale.ROOT, "# scheduled %d one-time no-op tasks due at %s in %.1f s%n", count, due,
                    (System.nanoTime() - t0) / 1e9);

            SchedulerBuilder builder = Scheduler.create(dataSource, noop).tableName(table).threads(threads)
                    .pollingInterval(polling).shutdownMaxWait(Duration.ofSeconds(10));
            if (strategy.equals("lock-and-fetch")) {
                builder = builder.pollUsingLockAndFetch(0.5, 1.0);
            } else if (!strategy.equals("fetch")) {
                throw new IllegalArgumentException("--strategy fetch|lock-and-fetch");
            }
            Scheduler scheduler = builder.build();
            scheduler.start();
            long deadline = due.toEpochMilli() + 600_000;
            while (done.get() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(2_000); // anything run twice would show now
            scheduler.stop();
            int twice = (int) runs.values().stream().filter(n -> n.get() > 1).count();
            double seconds = (last.get() - due.toEpochMilli()) / 1000.0;
            System.out.printf(Locale.ROOT, "| db-scheduler no-op | strategy %s | threads %d | polling %s | tasks %d |"
                            + " executed %d (distinct %d) | run twice %d | T to last %.2f s | %.1f tasks/s |%n",
                    strategy, threads, polling, count, done.get(), runs.size(), twice, seconds,
                    BurstArithmetic.rate(done.get(), seconds));
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private static String arg(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    private DbSchedulerNoOpBench() {}
}
