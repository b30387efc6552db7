package org.tdah.assistant.archfixtures.clock.domain;

public class CallsLocalDateTimeNow {
    public Object now() {
        return java.time.LocalDateTime.now();
    }
}
