package org.tdah.assistant.application.shared.inmemory;

import java.util.concurrent.atomic.AtomicLong;
import org.tdah.assistant.application.shared.port.Secrets;

/** Predictable "secrets" that read well in a failing test; the production adapter uses SecureRandom. */
public final class SequentialSecrets implements Secrets {
    private final AtomicLong counter = new AtomicLong();

    @Override
    public String newToken() {
        return "secret-" + counter.incrementAndGet();
    }
}
