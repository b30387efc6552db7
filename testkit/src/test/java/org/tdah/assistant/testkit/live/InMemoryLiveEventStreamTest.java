package org.tdah.assistant.testkit.live;

import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.application.live.port.LiveEventStreamContract;

class InMemoryLiveEventStreamTest extends LiveEventStreamContract {
    @Override
    protected LiveEventStream newStream() {
        return new InMemoryLiveEventStream();
    }
}
