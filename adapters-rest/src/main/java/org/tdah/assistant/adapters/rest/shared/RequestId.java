package org.tdah.assistant.adapters.rest.shared;

import java.util.UUID;
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

    /** The incoming id when it is safe to echo and log, otherwise a new one. */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && WELL_FORMED.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request being handled on this thread, if any. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
