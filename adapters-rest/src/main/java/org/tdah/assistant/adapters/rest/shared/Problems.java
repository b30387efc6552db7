package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds problem responses; the one place where a {@link Problem} becomes HTTP. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Response response(ProblemType type, String detail) {
        return response(type, type.status(), detail, null);
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public static Response rateLimited(Duration retryAfter, String detail) {
        Response problem = response(GeneralProblem.RATE_LIMITED, detail);
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .build();
    }

    /** 403 for a sensitive change whose caller must prove who they are again, and how. */
    public static Response reauthenticationRequired() {
        return response(GeneralProblem.REAUTHENTICATION_REQUIRED,
                "This change needs a login from the last 5 minutes: POST /api/v1/auth/reauthenticate with your "
                        + "password, or with a method and a code of your second factor, then try again.");
    }

    /** 422 with one entry per reason, all under one field. */
    public static Response fieldRejected(String field, List<String> reasons) {
        return validation(reasons.stream().map(reason -> new Problem.FieldProblem(field, reason)).toList());
    }

    public static Response validation(List<Problem.FieldProblem> errors) {
        return response(GeneralProblem.VALIDATION_FAILED, 422, "See errors for each refused field.", errors);
    }

    public static Response response(ProblemType type, int status, String detail, List<Problem.FieldProblem> errors) {
        Problem problem = new Problem(
                type.uri().toString(),
                type == GeneralProblem.HTTP_ERROR ? statusTitle(status) : type.title(),
                status,
                detail,
                RequestId.current(),
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        Response.ResponseBuilder builder = Response.status(status).type(MEDIA_TYPE).entity(problem);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    /**
     * The problem response that a filter or stream threw inside another exception (a body-size
     * limit hit while Jackson was parsing, say), if there is one.
     */
    public static Optional<Response> carriedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException carrier && carrier.getResponse().getEntity() instanceof Problem) {
                return Optional.of(carrier.getResponse());
            }
        }
        return Optional.empty();
    }

    private static String statusTitle(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
