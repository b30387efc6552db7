package org.tdah.assistant.application.sms.logs;

import java.util.Optional;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.application.sms.port.ChannelLogs.ChannelLogEntry;

/** The channel log for administrators ({@code GET /admin/sms/channel-logs}), newest first. */
public final class ViewChannelLogs {
    private final ChannelLogs logs;

    public ViewChannelLogs(ChannelLogs logs) {
        this.logs = logs;
    }

    public Page<ChannelLogEntry, ChannelLogEntry.Position> newest(int limit, Optional<ChannelLogEntry.Position> before) {
        return Page.of(logs.newest(limit + 1, before), limit, entry -> new ChannelLogEntry.Position(entry.id()));
    }
}
