package org.tdah.assistant.adapters.persistence.redis;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * A pooled connection to Redis from a {@code redis://[user:password@]host:port[/db]} URL
 * ({@code rediss://} for TLS), with bounded timeouts everywhere so that a Redis outage turns
 * into {@link DependencyUnavailableException} within the timeout instead of a hung request.
 */
public final class RedisConnection implements AutoCloseable {
    public static final String NAME = "Redis";
    private static final int MAX_CONNECTIONS = 32;

    /** How many pooled connections are lent out and how many wait idle, for the metrics. */
    public record PoolUsage(int active, int idle) {}

    private final RedisClient client;

    private RedisConnection(RedisClient client) {
        this.client = client;
    }

    public static RedisConnection connect(String url, Duration timeout) {
        return connect(url, timeout, MAX_CONNECTIONS);
    }

    /**
     * A connection pool of its own, of {@code maxConnections}, whose commands may take up to
     * {@code timeout}: for blocking reads, which hold a connection while they wait.
     */
    public static RedisConnection connect(String url, Duration timeout, int maxConnections) {
        URI uri = URI.create(url);
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://");
        }
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) timeout.toMillis())
                .ssl("rediss".equals(uri.getScheme()))
                .clientName("assistant");
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                if (colon > 0) {
                    config.user(userInfo.substring(0, colon));
                }
                config.password(userInfo.substring(colon + 1));
            } else {
                config.password(userInfo);
            }
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            config.database(Integer.parseInt(path.substring(1)));
        }
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(maxConnections);
        pool.setMaxIdle(maxConnections);
        pool.setMaxWait(timeout);
        pool.setJmxEnabled(false);
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        RedisClient client = RedisClient.builder()
                .hostAndPort(new HostAndPort(uri.getHost(), port))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
        return new RedisConnection(client);
    }

    /** Runs commands; a lost connection becomes {@link DependencyUnavailableException}. */
    public <T> T call(Function<UnifiedJedis, T> commands) {
        try {
            return commands.apply(client);
        } catch (JedisConnectionException e) {
            throw new DependencyUnavailableException(NAME, e);
        }
    }

    /** Sends PING; throws {@link DependencyUnavailableException} when Redis does not answer. */
    public void ping() {
        String answer = call(UnifiedJedis::ping);
        if (!"PONG".equals(answer)) {
            throw new IllegalStateException("Redis answered PING with " + answer);
        }
    }

    /** The pool's connections now: in use and idle. */
    public PoolUsage poolUsage() {
        return new PoolUsage(client.getPool().getNumActive(), client.getPool().getNumIdle());
    }

    @Override
    public void close() {
        client.close();
    }
}
