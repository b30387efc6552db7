package org.tdah.assistant.archfixtures.clock.domain;

public class CallsCurrentTimeMillis {
    public long now() {
        return System.currentTimeMillis();
    }
}
