package org.tdah.assistant.application.shared.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.domain.shared.AttemptWindow;

/**
 * Counters of attempts per key in fixed windows (failed logins, registrations per address...),
 * shared by every instance and kept across restarts. A window starts with its first attempt.
 *
 * <p>A check-then-count policy (the login throttle) must not read the window and count later:
 * every request in flight would pass the same check. It reads, decides, and counts with
 * {@link #recordIfUnchanged}, which counts only when nobody counted since the read, in one atomic
 * step; on a conflict it reads and decides again.
 */
public interface AttemptCounters {

    /** Counts one attempt under the key and returns the state of its window including it. */
    AttemptWindow record(String key, Duration window, Instant now);

    /** The state of the key's window, {@link AttemptWindow#NONE} when there is none. */
    AttemptWindow read(String key, Instant now);

    /**
     * Counts one attempt only if the key's window is still the one {@link #read} returned as
     * {@code expected} (same count and same last attempt; {@link AttemptWindow#NONE} matches a key
     * without a live window), atomically. Returns the window including the attempt, or empty
     * when another attempt was counted (or the window was cleared or reset) since the read.
     */
    Optional<AttemptWindow> recordIfUnchanged(String key, AttemptWindow expected, Duration window, Instant now);

    /**
     * Takes back one attempt counted in the key's live window, for an attempt counted in advance
     * that did not fail; nothing when there is no live window or it counts nothing.
     */
    void release(String key);

    void clear(String key);
}
