package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Refuses a request from a filter, before its resource read the body: the body is drained first
 * ({@link UnreadBodies}), so that the connection stays usable for the client's next request.
 */
public final class Refusals {
    private Refusals() {}

    public static void refuse(ContainerRequestContext request, Response answer) {
        UnreadBodies.drain(request);
        request.abortWith(answer);
    }
}
