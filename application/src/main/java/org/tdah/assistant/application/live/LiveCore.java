package org.tdah.assistant.application.live;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.live.port.LiveEventStream;

/**
 * The composition root of the live context: each person's stream of live events (what changed,
 * for their open apps), which other contexts append to through their own ports, and following it
 * for as long as the session lasts (identity's {@link Sessions}).
 */
public final class LiveCore {

    /** Every out-port the live context needs, and the clock it reads time from. */
    public record OutPorts(LiveEventStream stream, Sessions sessions, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final FollowLiveEvents followLiveEvents;

    public LiveCore(OutPorts ports) {
        followLiveEvents = new FollowLiveEvents(ports.stream(), ports.sessions(), ports.clock());
    }

    public FollowLiveEvents followLiveEvents() {
        return followLiveEvents;
    }
}
