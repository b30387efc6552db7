package org.tdah.assistant.testkit.shared;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.tdah.assistant.application.shared.port.Correlation;

/**
 * The request id of each thread's work, held per thread as the logging context holds it in
 * production; work continued without an id gets a new one, {@code work-1}, {@code work-2}...
 * Behaves as {@code CorrelationContract} says.
 */
public final class InMemoryCorrelation implements Correlation {
    private final ThreadLocal<String> current = new ThreadLocal<>();
    private final AtomicLong started = new AtomicLong();

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public <T> T continuing(Optional<String> requestId, Supplier<T> work) {
        String before = current.get();
        current.set(requestId.orElseGet(() -> "work-" + started.incrementAndGet()));
        try {
            return work.get();
        } finally {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        }
    }
}
