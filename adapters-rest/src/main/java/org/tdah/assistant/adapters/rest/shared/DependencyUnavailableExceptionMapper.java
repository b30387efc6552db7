package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.shared.DependencyUnavailableException;

/**
 * PostgreSQL, Redis or another system we depend on is down: 503 with {@code Retry-After}. Nothing
 * was done, so the client may retry. The response does not say which system; the log does.
 */
@Provider
public final class DependencyUnavailableExceptionMapper implements ExceptionMapper<DependencyUnavailableException> {
    private static final Logger LOG = LoggerFactory.getLogger(DependencyUnavailableExceptionMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(DependencyUnavailableException exception) {
        LOG.warn("{}: {}", exception.getMessage(), exception.getCause() == null ? "" : exception.getCause().getMessage());
        Response problem = Problems.response(
                GeneralProblem.SERVICE_UNAVAILABLE, "Please try again in a few seconds; nothing was changed.");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
