package org.tdah.assistant.adapters.rest.shared;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request, through the application's own logging (so it carries the request id
 * and takes the console or JSON layout of the mode): method, path without the query string (which
 * may hold a token), status, time and client address; and one observation of the request
 * histogram ({@link RequestMeter}). The line also carries {@code route} (the Jersey template, or
 * {@value #UNMATCHED}), {@code status}, {@code durationMs} and, for an authenticated request,
 * {@code accountId} (the opaque id; never an email, phone or token) in the logging context, so the
 * JSON layout writes them as fields. It replaces Dropwizard's logback-access request log, which
 * copied every header of every request and took a fifth of the server's CPU under load
 * (docs/performance.md). Runs inside {@link RequestIdFilter}.
 */
public final class AccessLogFilter implements Filter {
    /** The logger of access lines, to silence or route them apart: {@code org.tdah.assistant.access}. */
    public static final String LOGGER = "org.tdah.assistant.access";
    /** The route of a request no resource matched (a 404, an asset, a request refused before Jersey). */
    public static final String UNMATCHED = "unmatched";
    static final String MDC_ROUTE = "route";
    static final String MDC_STATUS = "status";
    static final String MDC_DURATION = "durationMs";
    static final String MDC_ACCOUNT = "accountId";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final RequestMeter meter;

    public AccessLogFilter() {
        this(RequestMeter.NONE);
    }

    public AccessLogFilter(RequestMeter meter) {
        this.meter = meter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long elapsed = System.nanoTime() - start;
            HttpServletRequest http = (HttpServletRequest) request;
            int status = ((HttpServletResponse) response).getStatus();
            String route = http.getAttribute(RouteTemplateFilter.ROUTE) instanceof String template
                    ? http.getServletPath() + template : UNMATCHED;
            meter.served(http.getMethod(), route, status, elapsed);
            if (LOG.isInfoEnabled()) {
                logLine(http, route, status, elapsed);
            }
        }
    }

    private static void logLine(HttpServletRequest http, String route, int status, long elapsed) {
        long millis = elapsed / 1_000_000;
        MDC.put(MDC_ROUTE, route);
        MDC.put(MDC_STATUS, Integer.toString(status));
        MDC.put(MDC_DURATION, Long.toString(millis));
        if (http.getAttribute(RouteTemplateFilter.ACCOUNT) instanceof String account) {
            MDC.put(MDC_ACCOUNT, account);
        }
        try {
            LOG.info("{} {} {} {} ms {}", http.getMethod(), http.getRequestURI(), status, millis, http.getRemoteAddr());
        } finally {
            MDC.remove(MDC_ROUTE);
            MDC.remove(MDC_STATUS);
            MDC.remove(MDC_DURATION);
            MDC.remove(MDC_ACCOUNT);
        }
    }
}
