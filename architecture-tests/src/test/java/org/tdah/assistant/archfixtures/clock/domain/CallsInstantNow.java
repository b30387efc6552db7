package org.tdah.assistant.archfixtures.clock.domain;

public class CallsInstantNow {
    public Object now() {
        return java.time.Instant.now();
    }
}
