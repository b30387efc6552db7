package org.tdah.assistant.application.live.port;

import java.time.Duration;
import java.util.List;
import org.tdah.assistant.application.live.LiveEvent;
import org.tdah.assistant.application.live.LiveEventPosition;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * One stream of live events per person, shared by every instance: what one instance appends,
 * a reader on any instance receives. Keeps at least the last 1,000 events of a person, each for at
 * least 24 hours after that person's latest event.
 */
public interface LiveEventStream {

    /** Appends an event to the person's stream; answers its position. */
    LiveEventPosition append(AccountId account, String type, String json);

    /** The position of the person's latest event, or {@link LiveEventPosition#START} when there is none. */
    LiveEventPosition latest(AccountId account);

    /**
     * The person's events strictly after {@code after}, oldest first, at most {@code max}; waits up
     * to {@code wait} for one when there is none yet (answering an empty list then).
     */
    List<LiveEvent> readAfter(AccountId account, LiveEventPosition after, int max, Duration wait);
}
