package org.tdah.assistant.adapters.persistence.shared;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.application.shared.port.AttemptCountersContract;

class RedisAttemptCountersIT extends AttemptCountersContract {
    private static final RedisConnection REDIS = RedisConnection.connect(TestServers.redisUrl(), Duration.ofSeconds(2));

    @Override
    protected AttemptCounters newCounters() {
        return new RedisAttemptCounters(REDIS);
    }

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }
}
