package org.tdah.assistant.application.sms.port;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.ChannelExchange;

/**
 * The channel log: every exchange with the SMS provider, newest first, for administrators. Recording
 * never fails the exchange it records: an adapter that cannot keep an entry logs that and drops it.
 */
public interface ChannelLogs {

    void record(ChannelExchange exchange);

    /** At most {@code limit} exchanges, newest first, older than {@code before} when it is given. */
    List<ChannelLogEntry> newest(int limit, Optional<ChannelLogEntry.Position> before);

    /** A kept exchange and its place in the log. */
    record ChannelLogEntry(long id, ChannelExchange exchange) {
        /** Where a page of the log stops. */
        public record Position(long id) {}
    }
}
