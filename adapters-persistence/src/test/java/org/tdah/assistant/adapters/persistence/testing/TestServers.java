package org.tdah.assistant.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedRedisServer;

/**
 * The real PostgreSQL and Redis that tests run against: embedded servers started once per test
 * JVM, unless {@code TEST_DATABASE_URL} (a JDBC URL whose user may create databases) or
 * {@code TEST_REDIS_URL} point at servers of the machine. Each caller of {@link #newDatabase()}
 * gets a database of its own, so test classes never see each other's rows.
 */
public final class TestServers {
    private static EmbeddedPostgresServer embeddedPostgres;
    private static EmbeddedRedisServer embeddedRedis;
    private static int nextRedisDatabase;

    private TestServers() {}

    /** A fresh, empty database; returns its JDBC URL. */
    public static synchronized String newDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String adminUrl = adminDatabaseUrl();
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return withDatabase(adminUrl, name);
    }

    /** The URL of the Redis that tests share; each test keeps to keys of its own. */
    public static synchronized String redisUrl() {
        String external = System.getenv("TEST_REDIS_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        return embeddedRedis().url();
    }

    /**
     * The URL of an emptied Redis database (1 to 15, in turn) for a test class whose keys must
     * not meet another's: rate-limit counters per client address, say.
     */
    public static synchronized String newRedisDatabase() {
        nextRedisDatabase = nextRedisDatabase % 15 + 1;
        java.net.URI base = java.net.URI.create(redisUrl());
        String url = base.getScheme() + "://" + (base.getRawUserInfo() == null ? "" : base.getRawUserInfo() + "@")
                + base.getHost() + ":" + (base.getPort() == -1 ? 6379 : base.getPort()) + "/" + nextRedisDatabase;
        try (var redis = org.tdah.assistant.adapters.persistence.redis.RedisConnection.connect(url, java.time.Duration.ofSeconds(2))) {
            redis.call(jedis -> jedis.flushDB());
        }
        return url;
    }

    /** The embedded Redis, for tests that stop and restart it; fails when an external one is configured. */
    public static synchronized EmbeddedRedisServer embeddedRedis() {
        if (embeddedRedis == null) {
            embeddedRedis = EmbeddedRedisServer.start(Optional.empty());
        }
        return embeddedRedis;
    }

    private static String adminDatabaseUrl() {
        String external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (embeddedPostgres == null) {
            embeddedPostgres = EmbeddedPostgresServer.start(Optional.empty());
        }
        return embeddedPostgres.jdbcUrl("postgres");
    }

    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }
}
