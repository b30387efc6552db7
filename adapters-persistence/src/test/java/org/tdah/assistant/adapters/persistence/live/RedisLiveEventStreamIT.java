package org.tdah.assistant.adapters.persistence.live;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.application.live.port.LiveEventStreamContract;

class RedisLiveEventStreamIT extends LiveEventStreamContract {
    private static final RedisConnection REDIS = RedisConnection.connect(TestServers.newRedisDatabase(),
            Duration.ofSeconds(10), 8);

    @Override
    protected LiveEventStream newStream() {
        return new RedisLiveEventStream(REDIS);
    }

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }
}
