package org.tdah.assistant.adapters.persistence.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Active sessions in Redis: a hash {@code session:<id>} whose key expires when the session ends
 * (at its lifetime, or its idle deadline, whichever comes first), and a sorted set
 * {@code account-sessions:<account>} of the account's session ids by creation time (small sorted
 * sets are stored compactly; a session costs about 470 bytes in all, measured by a test).
 * Checking a session on a request is one script call, which moves the idle deadline forward at most once per touch
 * interval. Scripts keep to Redis 6.2 commands (the embedded server's version); instants are kept
 * to the millisecond.
 */
public final class RedisSessions implements Sessions {
    /** Field names are one or two letters: a session must stay under a kilobyte of Redis memory. */
    private static final String FIELDS = "'a', 'c', 'e', 'i', 'l', 't', 'd', 'ip'";
    private static final String START = """
            redis.call('HSET', KEYS[1], 'a', ARGV[1], 'c', ARGV[2], 'e', ARGV[3], 'i', ARGV[4],
                'l', ARGV[5], 't', ARGV[6], 'd', ARGV[7], 'ip', ARGV[8])
            redis.call('PEXPIREAT', KEYS[1], math.min(tonumber(ARGV[3]), tonumber(ARGV[5]) + tonumber(ARGV[4])))
            redis.call('ZADD', KEYS[2], ARGV[2], ARGV[9])
            redis.call('PEXPIREAT', KEYS[2], ARGV[3])
            return 1""";
    private static final String TOUCH = """
            local v = redis.call('HMGET', KEYS[1], %s)
            if not v[1] then return false end
            local now = tonumber(ARGV[1])
            local expires = tonumber(v[3])
            local idle = tonumber(v[4])
            local last = tonumber(v[5])
            if now >= expires or now >= last + idle then
              redis.call('DEL', KEYS[1])
              return false
            end
            if now - last >= tonumber(ARGV[2]) then
              redis.call('HSET', KEYS[1], 'l', ARGV[1])
              redis.call('PEXPIREAT', KEYS[1], math.min(expires, now + idle))
              v[5] = ARGV[1]
            end
            return v""".formatted(FIELDS);
    private static final String OF_ACCOUNT = """
            local now = tonumber(ARGV[1])
            local found = {}
            for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
              local v = redis.call('HMGET', 'session:' .. id, %s)
              if v[1] and now < tonumber(v[3]) and now < tonumber(v[5]) + tonumber(v[4]) then
                table.insert(v, 1, id)
                table.insert(found, v)
              else
                redis.call('ZREM', KEYS[1], id)
              end
            end
            return found""".formatted(FIELDS);
    private static final String MARK_AUTHENTICATED = """
            if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 't', ARGV[1]) end
            return 1""";

    private static final String SESSION_KEYS = "session:*";

    private final RedisConnection redis;
    private final Duration touchInterval;

    public RedisSessions(RedisConnection redis) {
        this(redis, Duration.ofMinutes(1));
    }

    public RedisSessions(RedisConnection redis, Duration touchInterval) {
        this.redis = redis;
        this.touchInterval = touchInterval;
    }

    /**
     * How many sessions Redis holds now, for the metrics: a SCAN of the session keys, a thousand
     * at a time (no command blocks Redis for long); the caller caches the answer, as the count costs
     * one round trip per thousand sessions. Idle and ended sessions are gone already (their keys
     * expire or are deleted), so each key is a live session.
     */
    public long countActive() {
        return redis.call(jedis -> {
            ScanParams match = new ScanParams().match(SESSION_KEYS).count(1000);
            long count = 0;
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, match);
                count += page.getResult().size();
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return count;
        });
    }

    @Override
    public void start(Session session) {
        redis.call(jedis -> jedis.eval(START,
                List.of(sessionKey(session.id()), accountKey(session.accountId())),
                List.of(session.accountId().value(),
                        millis(session.createdAt()),
                        millis(session.expiresAt()),
                        Long.toString(session.idleTimeout().toMillis()),
                        millis(session.lastSeenAt()),
                        millis(session.authenticatedAt()),
                        session.deviceLabel(),
                        session.address() == null ? "" : session.address(),
                        session.id().value())));
    }

    @Override
    public Optional<Session> touch(SessionId id, Instant now) {
        Object reply = redis.call(jedis -> jedis.eval(TOUCH, List.of(sessionKey(id)),
                List.of(millis(now), Long.toString(touchInterval.toMillis()))));
        return reply instanceof List<?> fields ? Optional.of(session(id, fields)) : Optional.empty();
    }

    @Override
    public List<Session> ofAccount(AccountId account, Instant now) {
        Object reply = redis.call(jedis -> jedis.eval(OF_ACCOUNT, List.of(accountKey(account)), List.of(millis(now))));
        List<Session> sessions = new ArrayList<>();
        for (Object row : (List<?>) reply) {
            List<?> values = (List<?>) row;
            sessions.add(session(new SessionId(text(values.get(0))), values.subList(1, values.size())));
        }
        sessions.sort(Comparator.comparing(Session::createdAt).thenComparing(session -> session.id().value()));
        return sessions;
    }

    @Override
    public void markAuthenticated(SessionId id, Instant at) {
        redis.call(jedis -> jedis.eval(MARK_AUTHENTICATED, List.of(sessionKey(id)), List.of(millis(at))));
    }

    @Override
    public void end(SessionId id) {
        redis.call(jedis -> {
            String account = jedis.hget(sessionKey(id), "a");
            jedis.del(sessionKey(id));
            if (account != null) {
                jedis.zrem(accountKey(new AccountId(account)), id.value());
            }
            return null;
        });
    }

    @Override
    public void endAllOf(AccountId account, SessionId keep) {
        redis.call(jedis -> {
            for (String id : jedis.zrange(accountKey(account), 0, -1)) {
                if (!Objects.equals(keep == null ? null : keep.value(), id)) {
                    jedis.del(sessionKey(new SessionId(id)));
                    jedis.zrem(accountKey(account), id);
                }
            }
            return null;
        });
    }

    private static Session session(SessionId id, List<?> fields) {
        String address = text(fields.get(7));
        return new Session(
                id,
                new AccountId(text(fields.get(0))),
                instant(fields.get(1)),
                instant(fields.get(2)),
                Duration.ofMillis(Long.parseLong(text(fields.get(3)))),
                instant(fields.get(4)),
                instant(fields.get(5)),
                text(fields.get(6)),
                address == null || address.isEmpty() ? null : address);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }

    private static Instant instant(Object millis) {
        return Instant.ofEpochMilli(Long.parseLong(text(millis)));
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    private static String sessionKey(SessionId id) {
        return "session:" + id.value();
    }

    private static String accountKey(AccountId account) {
        return "account-sessions:" + account.value();
    }
}
