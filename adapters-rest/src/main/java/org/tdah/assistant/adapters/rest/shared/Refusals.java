package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request from a filter, before its resource read the body. A body of up to 1 MiB (what
 * {@link BodySizeLimitFilter} lets through anyway) is read and dropped first: a server that answers
 * without reading it closes the connection after the answer, and a client that already reuses it
 * for its next request sees that request fail ("header parser received no bytes"). A larger one
 * is left unread, and its connection closed.
 */
public final class Refusals {
    private static final int CHUNK = 8192;
    private static final long MAX_DRAINED = 1L << 20;

    private Refusals() {}

    public static void refuse(ContainerRequestContext request, Response answer) {
        if (request.hasEntity() && request.getLength() <= MAX_DRAINED) {
            try (InputStream body = request.getEntityStream()) {
                byte[] chunk = new byte[CHUNK];
                long drained = 0;
                int read;
                while (drained <= MAX_DRAINED && (read = body.read(chunk)) != -1) {
                    drained += read;
                }
            } catch (IOException | RuntimeException unreadable) {
                // the connection is closed after the answer, as it would have been anyway
            }
        }
        request.abortWith(answer);
    }
}
