package org.tdah.assistant.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.SessionsContract;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

class RedisSessionsIT extends SessionsContract {
    private static final RedisConnection REDIS = RedisConnection.connect(TestServers.redisUrl(), Duration.ofSeconds(2));

    @Override
    protected Sessions newSessions() {
        return new RedisSessions(REDIS);
    }

    @Test
    void a_session_key_expires_in_redis_when_the_session_does() {
        Instant now = Instant.now();
        Session session = new Session(new SessionId(UUID.randomUUID().toString()), new AccountId("a"), now,
                now.plus(Duration.ofHours(24)));

        newSessions().start(session);

        Long ttl = REDIS.call(jedis -> jedis.pttl("session:" + session.id().value()));
        assertThat(Duration.ofMillis(ttl)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
    }

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }
}
