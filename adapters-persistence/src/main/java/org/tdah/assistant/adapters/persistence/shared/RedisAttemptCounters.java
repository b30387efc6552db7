package org.tdah.assistant.adapters.persistence.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.domain.shared.AttemptWindow;

/**
 * Attempt counters in Redis, one hash per key ({@code count}, {@code last}) that expires when its
 * window ends; a window starts with its first attempt. Counting is one atomic script, so
 * concurrent attempts from several instances are all counted; counting only if nobody counted since
 * a read is one script too (compare the count and the last attempt, then increment), so of racing
 * attempts that read the same window exactly one is counted.
 */
public final class RedisAttemptCounters implements AttemptCounters {
    private static final String RECORD = """
            local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
            redis.call('HSET', KEYS[1], 'last', ARGV[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return {count, redis.call('PTTL', KEYS[1])}""";
    private static final String RECORD_IF_UNCHANGED = """
            local values = redis.call('HMGET', KEYS[1], 'count', 'last')
            local count = tonumber(values[1] or '0')
            if count ~= tonumber(ARGV[3]) or (count > 0 and values[2] ~= ARGV[4]) then return {-1, 0} end
            count = redis.call('HINCRBY', KEYS[1], 'count', 1)
            redis.call('HSET', KEYS[1], 'last', ARGV[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return {count, redis.call('PTTL', KEYS[1])}""";
    private static final String RELEASE = """
            local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
            if count > 0 then redis.call('HINCRBY', KEYS[1], 'count', -1) end
            return 0""";
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
    public Optional<AttemptWindow> recordIfUnchanged(String key, AttemptWindow expected, Duration window, Instant now) {
        List<?> result = (List<?>) redis.call(jedis -> jedis.eval(RECORD_IF_UNCHANGED, List.of(redisKey(key)),
                List.of(Long.toString(now.toEpochMilli()), Long.toString(window.toMillis()),
                        Integer.toString(expected.count()), Long.toString(expected.lastAt().toEpochMilli()))));
        long count = (Long) result.get(0);
        if (count < 0) {
            return Optional.empty();
        }
        return Optional.of(new AttemptWindow((int) count, now, Duration.ofMillis(Math.max(0, (Long) result.get(1)))));
    }

    @Override
    public void release(String key) {
        redis.call(jedis -> jedis.eval(RELEASE, List.of(redisKey(key)), List.of()));
    }

    @Override
    public void clear(String key) {
        redis.call(jedis -> jedis.del(redisKey(key)));
    }

    private static String redisKey(String key) {
        return "attempts:" + key;
    }
}
