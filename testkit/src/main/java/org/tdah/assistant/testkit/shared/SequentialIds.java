package org.tdah.assistant.testkit.shared;

import java.util.concurrent.atomic.AtomicLong;
import org.tdah.assistant.application.shared.port.Ids;

/** Ids that are easy to read in a failing test: {@code id-1}, {@code id-2}, ... */
public final class SequentialIds implements Ids {
    private final AtomicLong counter = new AtomicLong();

    @Override
    public String next() {
        return "id-" + counter.incrementAndGet();
    }
}
