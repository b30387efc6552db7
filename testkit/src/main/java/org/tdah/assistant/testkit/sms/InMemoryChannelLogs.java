package org.tdah.assistant.testkit.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/**
 * The channel log in a list, numbered from 1 in the order exchanges were recorded; behaves as
 * {@code ChannelLogsContract} says. Not {@code Transactional}: as the real log, which writes
 * outside the caller's transaction, it keeps an entry whatever that transaction does.
 */
public final class InMemoryChannelLogs implements ChannelLogs {
    private final List<ChannelLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(ChannelExchange exchange) {
        entries.add(new ChannelLogEntry(entries.size() + 1L, exchange));
    }

    @Override
    public synchronized List<ChannelLogEntry> newest(int limit, Optional<ChannelLogEntry.Position> before) {
        List<ChannelLogEntry> page = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && page.size() < limit; i--) {
            ChannelLogEntry entry = entries.get(i);
            if (before.map(position -> entry.id() < position.id()).orElse(true)) {
                page.add(entry);
            }
        }
        return page;
    }
}
