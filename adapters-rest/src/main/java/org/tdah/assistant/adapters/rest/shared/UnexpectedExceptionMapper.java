package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper explains is a bug of ours: logged in full with the request id, answered
 * with a 500 problem that reveals nothing but that id.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        Optional<Response> carried = Problems.carriedBy(exception);
        if (carried.isPresent()) {
            return carried.get();
        }
        LOG.error("Unexpected failure while handling a request", exception);
        return Problems.response(
                GeneralProblem.INTERNAL_ERROR, "Quote the request id if you report this problem.");
    }
}
