package org.tdah.assistant.application.shared;

/**
 * Where a request came from, for rate limits and the audit trail: the client address, its
 * user agent and the request id that ties it to the logs. Fields may be null when unknown.
 */
public record RequestOrigin(String address, String userAgent, String requestId) {
    public static final RequestOrigin UNKNOWN = new RequestOrigin(null, null, null);

    /** The address to count attempts under; requests of unknown origin share one bucket. */
    public String addressKey() {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
