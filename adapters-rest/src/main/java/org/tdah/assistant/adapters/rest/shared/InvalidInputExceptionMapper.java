package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** Malformed fields of a command: 422 with one entry per field. */
@Provider
public final class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problems.validation(exception.errors().stream()
                .map(error -> new Problem.FieldProblem(error.field(), error.message()))
                .toList());
    }
}
