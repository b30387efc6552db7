package org.tdah.assistant.adapters.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error response, {@code application/problem+json} (RFC 9457), with the request
 * id that also appears in the logs and, for validation failures, one entry per refused field.
 * Never carries a stack trace, SQL, a class name or a secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, String requestId, List<FieldProblem> errors) {

    /** One refused field and why, in words a person can act on. */
    public record FieldProblem(String field, String message) {}
}
