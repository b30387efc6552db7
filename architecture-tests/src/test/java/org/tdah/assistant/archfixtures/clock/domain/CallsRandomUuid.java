package org.tdah.assistant.archfixtures.clock.domain;

public class CallsRandomUuid {
    public Object id() {
        return java.util.UUID.randomUUID();
    }
}
