package org.tdah.assistant.adapters.rest.shared;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Gives every request its id before anything else runs: sets the {@code X-Request-Id} response
 * header and the logging context, and keeps the request where {@link RequestOrigins#current()}
 * finds it; clears both afterwards.
 */
public final class RequestIdFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestId.acceptOrCreate(((HttpServletRequest) request).getHeader(RequestId.HEADER));
        ((HttpServletResponse) response).setHeader(RequestId.HEADER, requestId);
        MDC.put(RequestId.MDC_KEY, requestId);
        HttpServletRequest outer = RequestOrigins.serving((HttpServletRequest) request);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigins.served(outer);
            MDC.remove(RequestId.MDC_KEY);
        }
    }
}
