package org.tdah.assistant.adapters.rest.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import org.tdah.assistant.application.shared.RequestOrigin;

/**
 * Where an HTTP request came from, for rate limits and the audit trail. The address is the peer
 * the server sees; behind a proxy, configure the connector to honour forwarded headers
 * ({@code useForwardedHeaders}) so that it is the client's.
 */
public final class RequestOrigins {
    /** The servlet request this thread is serving, set by {@link RequestIdFilter} around the whole request. */
    private static final ThreadLocal<HttpServletRequest> SERVING = new ThreadLocal<>();

    private RequestOrigins() {}

    /** Binds the request to this thread; answers the one bound before (a nested dispatch's outer request). */
    static HttpServletRequest serving(HttpServletRequest request) {
        HttpServletRequest outer = SERVING.get();
        SERVING.set(request);
        return outer;
    }

    static void served(HttpServletRequest outer) {
        if (outer == null) {
            SERVING.remove();
        } else {
            SERVING.set(outer);
        }
    }

    /** The origin of the request this thread is serving, for filters that see no servlet request. */
    public static RequestOrigin current() {
        HttpServletRequest request = SERVING.get();
        return request == null ? RequestOrigin.UNKNOWN : of(request);
    }

    public static RequestOrigin of(HttpServletRequest request) {
        return new RequestOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT), RequestId.current());
    }
}
