package org.tdah.assistant.adapters.rest.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.tdah.assistant.application.shared.port.Correlation;

/**
 * The request id in the logging context ({@code requestId} in the MDC, which {@link RequestIdFilter}
 * sets for a request): background work continuing a request puts that request's id back for its
 * duration, so that its log lines carry it ({@code %X{requestId}}, the JSON field {@code requestId}),
 * then restores what was there. Work without an id gets a new one, made as a request's is.
 */
public final class MdcCorrelation implements Correlation {

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(MDC.get(RequestId.MDC_KEY));
    }

    @Override
    public <T> T continuing(Optional<String> requestId, Supplier<T> work) {
        String before = MDC.get(RequestId.MDC_KEY);
        MDC.put(RequestId.MDC_KEY, RequestId.acceptOrCreate(requestId.orElse(null)));
        try {
            return work.get();
        } finally {
            if (before == null) {
                MDC.remove(RequestId.MDC_KEY);
            } else {
                MDC.put(RequestId.MDC_KEY, before);
            }
        }
    }
}
