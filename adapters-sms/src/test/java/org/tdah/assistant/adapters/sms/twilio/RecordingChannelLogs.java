package org.tdah.assistant.adapters.sms.twilio;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/** A channel log that keeps what it is given in a list, oldest first, for tests. */
final class RecordingChannelLogs implements ChannelLogs {
    private final List<ChannelExchange> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public void record(ChannelExchange exchange) {
        exchanges.add(exchange);
    }

    @Override
    public List<ChannelLogEntry> newest(int limit, Optional<ChannelLogEntry.Position> before) {
        throw new UnsupportedOperationException("only recording is tested here");
    }

    List<ChannelExchange> exchanges() {
        return List.copyOf(exchanges);
    }
}
