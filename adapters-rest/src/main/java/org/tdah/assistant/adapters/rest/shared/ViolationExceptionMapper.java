package org.tdah.assistant.adapters.rest.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures on resource parameters: 422 with one entry per field. */
@Provider
public final class ViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Problems.validation(exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldProblem(field(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldProblem::field))
                .toList());
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name = name.isEmpty() ? node.getName() : name + "." + node.getName();
            }
        }
        return name.isEmpty() ? "body" : name;
    }
}
