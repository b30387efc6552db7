package org.tdah.assistant.adapters.persistence.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.domain.shared.AttemptWindow;

/**
 * Attempt counters in Redis, one hash per key ({@code count}, {@code last}) that expires when its
 * window ends; a window starts with its first attempt. Counting is one atomic script, so
 * concurrent attempts from several instances are all counted.
 */
public final class RedisAttemptCounters implements AttemptCounters {
    private static final String RECORD = """
            local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
            redis.call('HSET', KEYS[1], 'last', ARGV[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return {count, redis.call('PTTL', KEYS[1])}""";
    private static final String READ = """
            local values = redis.call('HMGET', KEYS[1], 'count', 'last')
            return {values[1], values[2], redis.call('PTTL', KEYS[1])}""";

    private final RedisConnection redis;

    public RedisAttemptCounters(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public AttemptWindow record(String key, Duration window, Instant now) {
        List<?> result = (List<?>) redis.call(jedis -> jedis.eval(RECORD,
                List.of(redisKey(key)), List.of(Long.toString(now.toEpochMilli()), Long.toString(window.toMillis()))));
        return new AttemptWindow(((Long) result.get(0)).intValue(), now, Duration.ofMillis(Math.max(0, (Long) result.get(1))));
    }

    @Override
    public AttemptWindow read(String key, Instant now) {
        List<?> result = (List<?>) redis.call(jedis -> jedis.eval(READ, List.of(redisKey(key)), List.of()));
        if (result.get(0) == null || result.get(1) == null) {
            return AttemptWindow.NONE;
        }
        long millisLeft = (Long) result.get(2);
        if (millisLeft <= 0) {
            return AttemptWindow.NONE;
        }
        return new AttemptWindow(Integer.parseInt(result.get(0).toString()),
                Instant.ofEpochMilli(Long.parseLong(result.get(1).toString())), Duration.ofMillis(millisLeft));
    }

    @Override
    public void clear(String key) {
        redis.call(jedis -> jedis.del(redisKey(key)));
    }

    private static String redisKey(String key) {
        return "attempts:" + key;
    }
}
