package org.tdah.assistant.adapters.sms.emulator;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request the Twilio API emulator received, as far as a test of correlation needs it: the
 * method, the path (no query, no body, no credentials) and the {@code X-Request-Id} header, if any.
 */
public record ReceivedRequest(String method, String path, Optional<String> requestId) {
    public ReceivedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(requestId, "requestId");
    }
}
