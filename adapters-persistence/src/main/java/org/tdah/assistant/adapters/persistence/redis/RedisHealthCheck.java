package org.tdah.assistant.adapters.persistence.redis;

import com.codahale.metrics.health.HealthCheck;
import org.tdah.assistant.adapters.persistence.RootCause;

/** Healthy when Redis answers PING. */
public final class RedisHealthCheck extends HealthCheck {
    private final RedisConnection redis;

    public RedisHealthCheck(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    protected Result check() {
        try {
            redis.ping();
            return Result.healthy("PING answered PONG");
        } catch (RuntimeException e) {
            return Result.unhealthy("Redis does not answer: " + RootCause.messageOf(e));
        }
    }
}
