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
    private RequestOrigins() {}

    public static RequestOrigin of(HttpServletRequest request) {
        return new RequestOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT), RequestId.current());
    }
}
