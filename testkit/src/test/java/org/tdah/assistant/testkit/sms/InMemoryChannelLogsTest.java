package org.tdah.assistant.testkit.sms;

import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.application.sms.port.ChannelLogsContract;

class InMemoryChannelLogsTest extends ChannelLogsContract {

    @Override
    protected ChannelLogs newChannelLogs() {
        return new InMemoryChannelLogs();
    }
}
