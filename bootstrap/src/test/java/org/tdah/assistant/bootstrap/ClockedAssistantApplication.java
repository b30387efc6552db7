package org.tdah.assistant.bootstrap;

import java.time.Clock;
import java.time.Instant;
import org.tdah.assistant.testkit.shared.MutableClock;

/**
 * The application on a clock the test moves, for expiry and step-up tests over HTTP. One clock for
 * every instance in the JVM: only one test class uses it at a time. Redis still expires keys on real
 * time, which moves only forward and slower than this clock: what expires here expires for both.
 */
public class ClockedAssistantApplication extends AssistantApplication {
    public static final MutableClock CLOCK = new MutableClock(Instant.now());

    @Override
    protected Clock clock() {
        return CLOCK;
    }
}
