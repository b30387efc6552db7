package org.tdah.assistant.application.live;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.live.port.LiveEventStream;

/**
 * Follows a person's live events for one open connection: where to start (after a resume token,
 * or from now), then each next batch, for as long as the session that opened it is active. A
 * session that ends (logout, revocation, a role change) stops the stream at the next batch.
 */
public final class FollowLiveEvents {
    private static final int BATCH = 100;

    /** What the next wait brought. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Events events);

            T on(SessionEnded sessionEnded);
        }

        /** The events after the position asked, oldest first; empty when none came during the wait. */
        record Events(List<LiveEvent> events) implements Result {
            public Events {
                events = List.copyOf(events);
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The session that opened the stream is no longer active: close it. */
        record SessionEnded() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final LiveEventStream stream;
    private final Sessions sessions;
    private final Clock clock;

    FollowLiveEvents(LiveEventStream stream, Sessions sessions, Clock clock) {
        this.stream = stream;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Where a new connection starts: after its resume token, or after the latest event (from now). */
    public LiveEventPosition start(Caller caller, Optional<LiveEventPosition> resumeAfter) {
        return resumeAfter.orElseGet(() -> stream.latest(caller.accountId()));
    }

    /** The events after {@code after}, waiting up to {@code wait} for one, while the session is active. */
    public Result next(Caller caller, LiveEventPosition after, Duration wait) {
        if (sessions.touch(caller.session(), clock.instant()).isEmpty()) {
            return new Result.SessionEnded();
        }
        return new Result.Events(stream.readAfter(caller.accountId(), after, BATCH, wait));
    }
}
