package org.tdah.assistant.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.tdah.assistant.application.shared.DependencyUnavailableException;

/**
 * The PostgreSQL database: a bounded connection pool, the Flyway migrations of the schema, and
 * the one place where "the database cannot be reached" becomes {@link DependencyUnavailableException},
 * so that every JDBI adapter fails the same way when PostgreSQL is down.
 */
public final class PostgresDatabase implements AutoCloseable {
    public static final String NAME = "PostgreSQL";
    private static final String MIGRATIONS = "classpath:db/migration";

    /** Where the database is and how many connections to keep; the password is never printed. */
    public record Settings(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {
        public Settings {
            Objects.requireNonNull(url, "url");
            if (maxPoolSize < 1) {
                throw new IllegalArgumentException("the pool holds at least one connection");
            }
        }

        @Override
        public String toString() {
            return "PostgresDatabase.Settings[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
        }
    }

    /** The connection pool now: connections in use, idle, threads waiting for one, and its size. */
    public record PoolUsage(int active, int idle, int waiting, int max) {}

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> transactionOfThisThread = new ThreadLocal<>();

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    }

    public static PostgresDatabase connect(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("postgres");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
        try {
            return new PostgresDatabase(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new DependencyUnavailableException(NAME, e);
        }
    }

    /** Brings the schema up to date; returns how many migrations it applied. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** One line per known migration: version, description, state. */
    public List<String> migrationInfo() {
        return Arrays.stream(flyway().info().all())
                .map(PostgresDatabase::describe)
                .toList();
    }

    /** Runs the callback on the transaction open on this thread, or on a handle of its own. */
    public <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        try {
            Handle joined = transactionOfThisThread.get();
            return joined != null ? callback.withHandle(joined) : jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /**
     * Runs the callback on a handle of its own, outside any transaction open on this thread: for
     * records that are kept whatever that transaction does, and whose failure must not abort it.
     * ({@code Jdbi.withHandle} would not do: called inside a callback, it reuses that callback's handle.)
     */
    public <T> T withOwnHandle(HandleCallback<T, RuntimeException> callback) {
        try (Handle own = jdbi.open()) {
            return callback.withHandle(own);
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /**
     * Runs the callback in a transaction that every {@link #withHandle} call of this thread joins
     * meanwhile, so that adapters of several out-ports change the database atomically. A call
     * inside an open transaction joins it.
     */
    public <T> T inTransaction(HandleCallback<T, RuntimeException> callback) {
        if (transactionOfThisThread.get() != null) {
            return withHandle(callback);
        }
        try {
            return jdbi.inTransaction(handle -> {
                transactionOfThisThread.set(handle);
                try {
                    return callback.withHandle(handle);
                } finally {
                    transactionOfThisThread.remove();
                }
            });
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /** Whether a transaction of {@link #inTransaction} is open on this thread (a new one would join it). */
    public boolean hasTransactionOnThisThread() {
        return transactionOfThisThread.get() != null;
    }

    /** The connection pool, for libraries that manage their own SQL (the background job scheduler). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The pool's connections now (all zero before the pool has started). */
    public PoolUsage poolUsage() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolUsage(0, 0, 0, dataSource.getMaximumPoolSize());
        }
        return new PoolUsage(pool.getActiveConnections(), pool.getIdleConnections(), pool.getThreadsAwaitingConnection(),
                dataSource.getMaximumPoolSize());
    }

    /** Runs a trivial query; throws {@link DependencyUnavailableException} when it cannot. */
    public void ping() {
        withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
    }

    private static String describe(MigrationInfo info) {
        return String.format("%-6s %-40s %s", info.getVersion(), info.getDescription(), info.getState().getDisplayName());
    }

    private static RuntimeException translated(JdbiException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || isConnectionFailure(cause)) {
                return new DependencyUnavailableException(NAME, e);
            }
        }
        return e;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }
}
