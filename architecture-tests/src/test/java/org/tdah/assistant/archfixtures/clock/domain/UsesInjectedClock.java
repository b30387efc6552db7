package org.tdah.assistant.archfixtures.clock.domain;

/** Keeps the rule: time from a clock it is given. */
public class UsesInjectedClock {
    public Object now(java.time.Clock clock) {
        return java.time.Instant.now(clock);
    }
}
