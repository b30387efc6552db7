package org.tdah.assistant.adapters.persistence.identity;

import java.util.List;
import java.util.Objects;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * Active sessions in Redis: a hash {@code session:<id>} that expires with the session, and a set
 * {@code account-sessions:<account>} of the account's session ids, which lives as long as the newest
 * session (sessions all live equally long). Checking a session is one {@code EXISTS}, cheap enough
 * for every request. Scripts keep to Redis 6.2 commands (the embedded server's version).
 */
public final class RedisSessions implements Sessions {
    private static final String START = """
            redis.call('HSET', KEYS[1], 'account', ARGV[1], 'created', ARGV[2], 'expires', ARGV[3])
            redis.call('PEXPIREAT', KEYS[1], ARGV[3])
            redis.call('SADD', KEYS[2], ARGV[4])
            redis.call('PEXPIREAT', KEYS[2], ARGV[3])
            return 1""";

    private final RedisConnection redis;

    public RedisSessions(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public void start(Session session) {
        redis.call(jedis -> jedis.eval(START,
                List.of(sessionKey(session.id()), accountKey(session.accountId())),
                List.of(session.accountId().value(),
                        Long.toString(session.createdAt().toEpochMilli()),
                        Long.toString(session.expiresAt().toEpochMilli()),
                        session.id().value())));
    }

    @Override
    public boolean isActive(SessionId id) {
        return redis.call(jedis -> jedis.exists(sessionKey(id)));
    }

    @Override
    public void end(SessionId id) {
        redis.call(jedis -> {
            String account = jedis.hget(sessionKey(id), "account");
            jedis.del(sessionKey(id));
            if (account != null) {
                jedis.srem(accountKey(new AccountId(account)), id.value());
            }
            return null;
        });
    }

    @Override
    public void endAllOf(AccountId account, SessionId keep) {
        redis.call(jedis -> {
            for (String id : jedis.smembers(accountKey(account))) {
                if (!Objects.equals(keep == null ? null : keep.value(), id)) {
                    jedis.del(sessionKey(new SessionId(id)));
                    jedis.srem(accountKey(account), id);
                }
            }
            return null;
        });
    }

    private static String sessionKey(SessionId id) {
        return "session:" + id.value();
    }

    private static String accountKey(AccountId account) {
        return "account-sessions:" + account.value();
    }
}
