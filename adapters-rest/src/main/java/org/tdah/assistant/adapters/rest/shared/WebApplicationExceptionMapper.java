package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey's own HTTP errors (no such path, method not allowed, unsupported media type...) as
 * problems. A response that already carries a problem passes through unchanged.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original.getStatus();
        Response problem = Problems.response(GeneralProblem.forStatus(status), status, detailFor(status), null);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow == null) {
            return problem;
        }
        return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this address.";
            case 405 -> "This address does not accept this method; see the Allow header.";
            case 406 -> "This resource is available as application/json only.";
            case 415 -> "Send the body as application/json.";
            case 413 -> "The request body is larger than this API accepts.";
            default -> null;
        };
    }
}
