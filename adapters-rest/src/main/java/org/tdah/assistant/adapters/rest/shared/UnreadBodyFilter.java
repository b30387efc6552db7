package org.tdah.assistant.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Drains the body a resource did not read (a POST without an entity parameter, sent {@code {}}
 * by a client) before its answer is written, so that the connection stays usable for the
 * client's next request ({@link UnreadBodies}).
 */
@Priority(Priorities.USER)
public final class UnreadBodyFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        UnreadBodies.drain(request);
    }
}
