package org.tdah.assistant.adapters.rest.shared;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The fields of one JSON object body, read field by field with the errors found on the way: every
 * refused field is reported at once (422), an unknown field is refused under its name, and a field
 * of the wrong JSON type is a 400 (malformed), as everywhere in the API.
 */
public final class JsonFields {
    private final JsonNode object;
    private final List<FieldError> errors = new ArrayList<>();

    public JsonFields(JsonNode body, Set<String> known) {
        if (body != null && !body.isNull() && !body.isMissingNode() && !body.isObject()) {
            throw malformed("The body is a JSON object.");
        }
        object = body == null || !body.isObject() ? null : body;
        if (object != null) {
            object.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    errors.add(new FieldError(name, "is not a known field"));
                }
            });
        }
    }

    /** Empty when absent; present and empty when null; else the parsed text (or an error recorded). */
    public <T> Optional<Optional<T>> nullableText(String field, Function<String, T> parse) {
        JsonNode node = object == null ? null : object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(Optional.empty());
        }
        if (!node.isTextual()) {
            throw malformed("The field '" + field + "' has the wrong type.");
        }
        try {
            return Optional.of(Optional.of(parse.apply(node.textValue())));
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
            return Optional.empty();
        }
    }

    public Optional<Boolean> flag(String field) {
        JsonNode node = object == null ? null : object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw malformed("The field '" + field + "' is true or false.");
        }
        return Optional.of(node.booleanValue());
    }

    /** The field is required: records "is required" unless the field was already refused. */
    public void requireOrRefused(String field) {
        if (errors.stream().noneMatch(error -> error.field().equals(field))) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    /** Records a refusal of the field. */
    public void refuse(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Whether the body holds the field, null included. */
    public boolean has(String field) {
        return object != null && object.has(field);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static WebApplicationException malformed(String detail) {
        return new WebApplicationException(Problems.response(GeneralProblem.MALFORMED_REQUEST, detail));
    }
}
