package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request body before the answer goes out. Jetty cannot read
 * the next request on a connection until the body of this one is consumed; when the answer is
 * written first and the body has not all arrived, it closes the connection after the answer,
 * and a client that already reuses the connection sees its next request fail ("header parser
 * received no bytes"). Up to 1 MiB (what {@link BodySizeLimitFilter} lets through anyway) is read;
 * a larger body is left unread, and its connection closed.
 */
public final class UnreadBodies {
    private static final int CHUNK = 8192;
    private static final long MAX_DRAINED = 1L << 20;

    private UnreadBodies() {}

    public static void drain(ContainerRequestContext request) {
        try {
            // The declared length first: hasEntity() waits for a first byte, which a body refused
            // for its size may never send. Then Jersey refuses to look at a body its resource has
            // read and closed (IllegalStateException).
            // A request without Content-Length or Transfer-Encoding (every GET of the hot paths) has
            // no body: nothing to peek at.
            long declared = request.getLength();
            boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
            if ((declared < 0 && !chunked) || declared == 0 || declared > MAX_DRAINED || !request.hasEntity()) {
                return;
            }
            try (InputStream body = request.getEntityStream()) {
                byte[] chunk = new byte[CHUNK];
                long drained = 0;
                int read;
                while (drained <= MAX_DRAINED && (read = body.read(chunk)) != -1) {
                    drained += read;
                }
            }
        } catch (IOException | RuntimeException readOrCutOff) {
            // read and closed by the resource, or cut off: the connection ends as it would have
        }
    }
}
