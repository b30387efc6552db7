package org.tdah.assistant.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedRedisServer;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.application.shared.DependencyUnavailableException;

class RedisConnectionIT {

    @Test
    void commands_reach_the_server_named_by_the_url() {
        try (RedisConnection redis = RedisConnection.connect(TestServers.redisUrl(), Duration.ofSeconds(2))) {
            redis.call(jedis -> jedis.set("redis-connection-it", "hello"));

            String stored = redis.call(jedis -> jedis.get("redis-connection-it"));
            assertThat(stored).isEqualTo("hello");
            assertThat(new RedisHealthCheck(redis).execute().isHealthy()).isTrue();
        }
    }

    @Test
    void an_outage_gives_dependency_unavailable_and_service_resumes_by_itself_when_redis_is_back() {
        try (EmbeddedRedisServer server = EmbeddedRedisServer.start(Optional.empty());
                RedisConnection redis = RedisConnection.connect(server.url(), Duration.ofSeconds(1))) {
            redis.ping();

            server.stop();
            assertThatThrownBy(redis::ping)
                    .isInstanceOf(DependencyUnavailableException.class)
                    .hasMessage("Redis is unavailable");
            assertThat(new RedisHealthCheck(redis).execute().getMessage()).startsWith("Redis does not answer: ");

            server.restart();
            redis.ping();
            assertThat(new RedisHealthCheck(redis).execute().isHealthy()).isTrue();
        }
    }

    @Test
    void a_url_of_another_scheme_is_refused() {
        assertThatThrownBy(() -> RedisConnection.connect("http://127.0.0.1:6379", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
