package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import java.time.Duration;
import org.tdah.assistant.adapters.persistence.live.RedisLiveEventStream;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.live.LiveCore;

/**
 * Which real adapter implements each out-port of the live context. Its streams block in Redis
 * while they wait, so they get a connection pool of their own (one connection per open stream,
 * a socket timeout beyond the longest wait); sessions are the identity context's adapter.
 */
public final class LiveAdapters {
    private LiveAdapters() {}

    /** The Redis connections of the live streams; the application closes them on stop. */
    public static RedisConnection redis(AssistantConfiguration configuration) {
        Duration timeout = configuration.live.wait.toJavaDuration().plus(configuration.redis.timeout.toJavaDuration());
        return RedisConnection.connect(configuration.redis.url, timeout, configuration.live.maxStreams + 8);
    }

    public static LiveCore.OutPorts outPorts(RedisConnection liveRedis, IdentityCore.OutPorts identity, Clock clock) {
        return new LiveCore.OutPorts(new RedisLiveEventStream(liveRedis), identity.sessions(), clock);
    }
}
