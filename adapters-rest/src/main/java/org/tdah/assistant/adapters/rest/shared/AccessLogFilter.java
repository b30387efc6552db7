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

/**
 * One log line per request, through the application's own logging (so it carries the request id
 * and takes the console or JSON layout of the mode): method, path without the query string (which
 * may hold a token), status, time and client address. It replaces Dropwizard's logback-access
 * request log, which copied every header of every request and took a fifth of the server's CPU
 * under load (docs/performance.md). Runs inside {@link RequestIdFilter}.
 */
public final class AccessLogFilter implements Filter {
    /** The logger of access lines, to silence or route them apart: {@code org.tdah.assistant.access}. */
    public static final String LOGGER = "org.tdah.assistant.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (LOG.isInfoEnabled()) {
                HttpServletRequest http = (HttpServletRequest) request;
                LOG.info("{} {} {} {} ms {}", http.getMethod(), http.getRequestURI(),
                        ((HttpServletResponse) response).getStatus(), (System.nanoTime() - start) / 1_000_000,
                        http.getRemoteAddr());
            }
        }
    }
}
