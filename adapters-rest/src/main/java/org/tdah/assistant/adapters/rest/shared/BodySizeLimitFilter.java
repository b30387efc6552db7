package org.tdah.assistant.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit with 413, whether the client announces the length or
 * streams a chunked body: the body stream itself stops at the limit.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class BodySizeLimitFilter implements ContainerRequestFilter {
    public static final long ONE_MEBIBYTE = 1024 * 1024;
    private static final long DRAIN_BUDGET = 64 * 1024;

    private final long maxBytes;

    public BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException malformed) {
                throw new WebApplicationException(400);
            }
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Problems.response(
                GeneralProblem.PAYLOAD_TOO_LARGE, "A request body may be at most " + maxBytes + " bytes."));
    }

    private final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(long bytes) throws IOException {
            remaining -= bytes;
            if (remaining < 0) {
                drainTheRestOfASlightOverflow();
                throw tooLarge();
            }
        }

        /**
         * Reads on (a bounded amount) so that a client just over the limit has finished sending
         * when the 413 goes out, and reads the answer instead of a reset connection.
         */
        private void drainTheRestOfASlightOverflow() throws IOException {
            byte[] sink = new byte[8192];
            long budget = DRAIN_BUDGET;
            int read;
            while (budget > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, budget))) > 0) {
                budget -= read;
            }
        }
    }
}
