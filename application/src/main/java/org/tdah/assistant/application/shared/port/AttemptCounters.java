package org.tdah.assistant.application.shared.port;

import java.time.Duration;
import java.time.Instant;
import org.tdah.assistant.domain.shared.AttemptWindow;

/**
 * Counters of attempts per key in fixed windows (failed logins, registrations per address...),
 * shared by every instance and kept across restarts. A window starts with its first attempt.
 */
public interface AttemptCounters {

    /** Counts one attempt under the key and returns the state of its window including it. */
    AttemptWindow record(String key, Duration window, Instant now);

    /** The state of the key's window, {@link AttemptWindow#NONE} when there is none. */
    AttemptWindow read(String key, Instant now);

    void clear(String key);
}
