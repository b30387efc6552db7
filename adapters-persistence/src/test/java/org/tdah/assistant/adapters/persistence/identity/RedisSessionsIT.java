package org.tdah.assistant.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    protected Sessions newSessions(Duration touchInterval) {
        return new RedisSessions(REDIS, touchInterval);
    }

    private static Session realisticSession() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Session.start(new SessionId(UUID.randomUUID().toString()), new AccountId(UUID.randomUUID().toString()),
                now, Duration.ofHours(24), Duration.ofMinutes(30),
                "x".repeat(60),
                "2001:0db8:85a3:0000:0000:8a2e:0370:7334");
    }

    @Test
    void a_session_key_expires_in_redis_at_its_idle_deadline() {
        Session session = realisticSession();

        new RedisSessions(REDIS).start(session);

        Long ttl = REDIS.call(jedis -> jedis.pttl("session:" + session.id().value()));
        assertThat(Duration.ofMillis(ttl)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    }

    @Test
    void a_session_takes_less_than_one_kilobyte_of_redis_memory() {
        Session session = realisticSession();
        new RedisSessions(REDIS).start(session);

        Long sessionBytes = REDIS.call(jedis -> jedis.memoryUsage("session:" + session.id().value()));
        Long indexBytes = REDIS.call(jedis -> jedis.memoryUsage("account-sessions:" + session.accountId().value()));

        System.out.printf("Redis memory of one session: %d bytes (hash) + %d bytes (account index)%n", sessionBytes, indexBytes);
        assertThat(sessionBytes + indexBytes).as("bytes of the session hash and its account index").isLessThan(1024);
    }

    @Test
    void the_sessions_held_are_counted_by_their_keys_and_an_ended_one_is_not() {
        try (RedisConnection own = RedisConnection.connect(TestServers.newRedisDatabase(), Duration.ofSeconds(2))) {
            RedisSessions sessions = new RedisSessions(own);
            Session first = realisticSession();
            sessions.start(first);
            sessions.start(realisticSession());
            sessions.start(realisticSession());
            sessions.end(first.id());

            assertThat(sessions.countActive()).isEqualTo(2);
            assertThat(own.poolUsage().active()).as("every connection back in the pool").isZero();
            assertThat(own.poolUsage().idle()).isPositive();
        }
    }

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }
}
