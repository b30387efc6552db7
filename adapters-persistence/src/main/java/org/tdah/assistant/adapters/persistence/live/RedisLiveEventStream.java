package org.tdah.assistant.adapters.persistence.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.live.LiveEvent;
import org.tdah.assistant.application.live.LiveEventPosition;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.domain.identity.AccountId;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Each person's live events in a Redis stream ({@code live:<account id>}), so that an event
 * appended by one instance reaches a reader on any other: the stream id is the resume token.
 * {@code XADD ... MAXLEN ~ 1000} keeps at least the last 1,000 events, and the key lives 25 hours
 * after the person's latest event. Readers block in {@code XREAD}, so the connection given here
 * must have a socket timeout longer than the longest wait, and a pool as large as the open streams
 * allowed (docs/decisions/0017).
 */
public final class RedisLiveEventStream implements LiveEventStream {
    private static final int KEPT = 1_000;
    private static final long KEY_LIFETIME_SECONDS = Duration.ofHours(25).toSeconds();
    private static final String TYPE = "type";
    private static final String JSON = "json";

    private final RedisConnection redis;

    public RedisLiveEventStream(RedisConnection redis) {
        this.redis = redis;
    }

    private static String key(AccountId account) {
        return "live:" + account.value();
    }

    @Override
    public LiveEventPosition append(AccountId account, String type, String json) {
        return redis.call(client -> {
            StreamEntryID id = client.xadd(key(account), XAddParams.xAddParams().maxLen(KEPT).approximateTrimming(),
                    Map.of(TYPE, type, JSON, json));
            client.expire(key(account), KEY_LIFETIME_SECONDS);
            return position(id);
        });
    }

    @Override
    public LiveEventPosition latest(AccountId account) {
        List<StreamEntry> newest = redis.call(client ->
                client.xrevrange(key(account), StreamEntryID.MAXIMUM_ID, StreamEntryID.MINIMUM_ID, 1));
        return newest == null || newest.isEmpty() ? LiveEventPosition.START : position(newest.get(0).getID());
    }

    @Override
    public List<LiveEvent> readAfter(AccountId account, LiveEventPosition after, int max, Duration wait) {
        int blockMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, wait.toMillis()));
        List<Map.Entry<String, List<StreamEntry>>> read = redis.call(client -> client.xread(
                XReadParams.xReadParams().count(max).block(blockMillis),
                Map.of(key(account), new StreamEntryID(after.millis(), after.sequence()))));
        if (read == null || read.isEmpty()) {
            return List.of();
        }
        return read.get(0).getValue().stream()
                .map(entry -> new LiveEvent(position(entry.getID()), entry.getFields().get(TYPE),
                        entry.getFields().get(JSON)))
                .toList();
    }

    private static LiveEventPosition position(StreamEntryID id) {
        return new LiveEventPosition(id.getTime(), id.getSequence());
    }
}
