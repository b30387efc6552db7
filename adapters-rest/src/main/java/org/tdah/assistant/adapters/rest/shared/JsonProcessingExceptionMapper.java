package org.tdah.assistant.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A body that is not JSON, or JSON of the wrong shape, is the client's mistake: 400, naming the
 * field when there is one, never echoing Jackson's message (it names Java classes). A type that
 * Jackson cannot handle at all is ours: 500.
 */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonProcessingExceptionMapper.class);

    @Override
    public Response toResponse(JsonProcessingException exception) {
        Optional<Response> carried = Problems.carriedBy(exception);
        if (carried.isPresent()) {
            return carried.get();
        }
        if (exception instanceof InvalidDefinitionException) {
            LOG.error("A JSON representation cannot be mapped", exception);
            return Problems.response(GeneralProblem.INTERNAL_ERROR, null);
        }
        String field = exception instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (exception instanceof MismatchedInputException && !field.isEmpty()) {
            return Problems.response(GeneralProblem.MALFORMED_REQUEST, "The field '" + field + "' has the wrong type.");
        }
        return Problems.response(GeneralProblem.MALFORMED_REQUEST, "The body is not valid JSON.");
    }

    private static String fieldPath(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null)
                .collect(Collectors.joining("."));
    }
}
