package org.tdah.assistant.adapters.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request and response example of each operation, kept in {@code /openapi/examples.json} keyed by
 * operation id (JSON reads better there than in Java strings):
 * <pre>{"createTask": {"parameters": {"id": "..."}, "request": {...}, "status": "201", "response": {...}}}</pre>
 * {@code request} becomes the example of the request body, {@code parameters} the examples of the
 * parameters, {@code response} the example of the {@code status} answer, and the operation gets the
 * extension {@code x-example-status} so that a test can send the request and expect that status.
 * Values of the form {@code <name>} (say {@code <refreshToken>}) are placeholders a caller fills in.
 * An entry whose operation id is not in the document is an error: examples cannot outlive their operation.
 * An instance that serves part of the API (the api leaves the Twilio webhooks to sms-router) applies
 * {@link #servedBy} the examples of its own operations; OpenApiDocumentTest checks the whole file against
 * the whole API.
 */
final class OperationExamples {
    static final String EXAMPLE_STATUS = "x-example-status";

    private OperationExamples() {}

    /** The entries of {@code examples} whose operation is one of {@code operations}. */
    static JsonNode servedBy(OpenAPI openApi, List<ApiOperations.Operation> operations, JsonNode examples) {
        Set<String> ids = new HashSet<>();
        operations.forEach(declared -> ids.add(CommonResponses.find(openApi, declared).getOperationId()));
        ObjectNode served = Json.mapper().createObjectNode();
        examples.fields().forEachRemaining(entry -> {
            if (ids.contains(entry.getKey())) {
                served.set(entry.getKey(), entry.getValue());
            }
        });
        return served;
    }

    static void apply(OpenAPI openApi, List<ApiOperations.Operation> operations, JsonNode examples) {
        Set<String> used = new HashSet<>();
        for (ApiOperations.Operation declared : operations) {
            Operation operation = CommonResponses.find(openApi, declared);
            String id = operation.getOperationId();
            JsonNode example = id == null ? null : examples.get(id);
            if (example == null) {
                continue;
            }
            used.add(id);
            apply(operation, example);
        }
        reuseBySchema(openApi);
        for (Iterator<String> ids = examples.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            if (!used.contains(id)) {
                throw new IllegalStateException("examples.json has an example for " + id + ", which no operation has");
            }
        }
    }

    private static void apply(Operation operation, JsonNode example) {
        JsonNode parameters = example.path("parameters");
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                if (parameters.has(parameter.getName())) {
                    parameter.setExample(plain(parameters.get(parameter.getName())));
                }
            });
        }
        if (example.has("request") && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(plain(example.get("request"))));
        }
        String status = example.path("status").asText(null);
        if (status == null) {
            throw new IllegalStateException("the example of " + operation.getOperationId() + " names no status");
        }
        ApiResponse response = operation.getResponses() == null ? null : operation.getResponses().get(status);
        if (response == null) {
            throw new IllegalStateException("the example of " + operation.getOperationId() + " answers " + status
                    + ", which the operation does not document");
        }
        if (example.has("response") && response.getContent() != null) {
            for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
                media.getValue().setExample(plain(example.get("response")));
                break;
            }
        }
        operation.addExtension(EXAMPLE_STATUS, status);
    }

    /**
     * An answer without an example of its own gets the example of another answer of the same schema
     * (the task that {@code createTask} shows is what {@code viewTask} answers too).
     */
    private static void reuseBySchema(OpenAPI openApi) {
        Map<String, Object> bySchema = new java.util.HashMap<>();
        List<MediaType> without = new java.util.ArrayList<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                operation.getResponses().forEach((status, response) -> {
                    if (!status.startsWith("2") || response.getContent() == null) {
                        return;
                    }
                    response.getContent().values().forEach(media -> {
                        String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
                        if (ref == null) {
                            return;
                        }
                        if (media.getExample() != null) {
                            bySchema.putIfAbsent(ref, media.getExample());
                        } else {
                            without.add(media);
                        }
                    });
                })));
        without.forEach(media -> {
            Object example = bySchema.get(media.getSchema().get$ref());
            if (example != null) {
                media.setExample(example);
            }
        });
    }

    private static Object plain(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        return Json.mapper().convertValue(node, Object.class);
    }
}
