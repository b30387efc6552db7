package org.tdah.assistant.application.assistant.port;

import java.time.Instant;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.ReminderChannel;

/**
 * The ledger of what was sent: one entry per reminder, planned firing and channel. A delivery is
 * claimed (and the claim committed) before it is handed to a channel, so that a retry, a second
 * instance or a restart after a crash never sends it again: sends are keyed by occurrence, not by
 * attempt.
 */
public interface ReminderDeliveries {

    /** @return true when this delivery was not claimed before, and is now claimed at {@code now} */
    boolean claim(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant now);

    /** The channel took the message. */
    void sent(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant at);

    /** Gives up a claim whose send failed for now, so that the retry can claim it again. */
    void release(ReminderId reminder, Instant firingAt, ReminderChannel channel);

    /** The dead letter: the retries are spent (or the channel refused for good); it is not tried again. */
    void failed(ReminderId reminder, Instant firingAt, ReminderChannel channel, String error, Instant at);
}
