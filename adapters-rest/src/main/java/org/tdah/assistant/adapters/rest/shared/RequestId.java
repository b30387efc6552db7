package org.tdah.assistant.adapters.rest.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id that ties a response to its log lines: echoed from a well-formed {@code X-Request-Id}
 * header, or made up; held in the logging context ({@code %X{requestId}}) for the request's
 * duration.
 */
public final class RequestId {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {}

    /**
     * The incoming id when it is safe to echo and log, otherwise a new random one. Request ids
     * correlate, they protect nothing, so they come from a fast per-thread generator rather than
     * the cryptographic one that every other request thread would queue on.
     */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && WELL_FORMED.matcher(incoming).matches()) {
            return incoming;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & ~(3L << 62)) | (2L << 62)).toString();
    }

    /** The id of the request being handled on this thread, if any. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
