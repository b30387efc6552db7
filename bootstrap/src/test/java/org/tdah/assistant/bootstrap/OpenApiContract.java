package org.tdah.assistant.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI document of a running application, as a check of the answers it gives: the status is
 * one the document lists for that path and method, the media type is one it lists for that status,
 * a JSON body validates against its schema, a 401 says {@code WWW-Authenticate} and a 429 or 503
 * {@code Retry-After}. Loaded once per running application from its own {@code /api/v1/openapi.json};
 * an application that serves no document (the admin port, a worker) and a path or method the
 * document does not have (a dev endpoint, a deliberately unknown path) are not checked.
 */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Optional<OpenApiContract>> BY_BASE_URL = new ConcurrentHashMap<>();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());

    private final JsonNode document;
    private final List<Route> routes;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int parameters, JsonNode pathItem) {}

    private OpenApiContract(JsonNode document) {
        this.document = document;
        List<Route> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            found.add(new Route(path.getKey(), Pattern.compile(regex),
                    path.getKey().length() - path.getKey().replace("{", "").length(), path.getValue()));
        }
        found.sort(Comparator.comparingInt(Route::parameters));
        this.routes = List.copyOf(found);
    }

    /** The document the application at this address serves, once per address; empty when it serves none. */
    static Optional<OpenApiContract> of(String baseUrl) {
        return BY_BASE_URL.computeIfAbsent(baseUrl, OpenApiContract::load);
    }

    /** The check of answers against this document. */
    static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    /** Forgets the document of this address (an application stopped, another may start there). */
    static void forget(String baseUrl) {
        BY_BASE_URL.remove(baseUrl);
    }

    JsonNode document() {
        return document;
    }

    private static Optional<OpenApiContract> load(String baseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/openapi.json")).timeout(Duration.ofSeconds(30))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(new OpenApiContract(JSON.readTree(response.body())));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operation of this method and path (without its query), if the document has one. */
    Optional<JsonNode> operation(String method, String path) {
        for (Route route : routes) {
            if (route.pattern().matcher(path).matches()) {
                JsonNode operation = route.pathItem().get(method.toLowerCase(Locale.ROOT));
                if (operation != null) {
                    return Optional.of(operation);
                }
            }
        }
        return Optional.empty();
    }

    /** The mismatches between this answer and the document; none when the document does not have the operation. */
    List<String> check(String method, String path, ApiClient.Reply reply) {
        Optional<JsonNode> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of();
        }
        JsonNode operation = found.get();
        String where = method + " " + path + " -> " + reply.status();
        JsonNode response = operation.path("responses").get(String.valueOf(reply.status()));
        if (response == null) {
            response = operation.path("responses").get("default");
        }
        if (response == null) {
            return List.of(where + ": the document lists no such status for "
                    + operation.path("operationId").asText() + " (it lists " + fieldNames(operation.path("responses")) + ")"
                    + (reply.status() >= 400 ? "; body: " + abbreviated(reply.body()) : ""));
        }
        List<String> mismatches = new ArrayList<>();
        if (reply.status() == 401 && reply.header("WWW-Authenticate") == null) {
            mismatches.add(where + ": no WWW-Authenticate header");
        }
        if ((reply.status() == 429 || reply.status() == 503) && reply.header("Retry-After") == null) {
            mismatches.add(where + ": no Retry-After header");
        }
        String body = reply.body() == null ? "" : reply.body();
        JsonNode content = response.get("content");
        if (body.isEmpty()) {
            return mismatches;
        }
        if (content == null || content.isEmpty()) {
            mismatches.add(where + ": a body where the document has none");
            return mismatches;
        }
        String mediaType = Optional.ofNullable(reply.contentType()).map(type -> type.split(";")[0].trim()
                .toLowerCase(Locale.ROOT)).orElse("");
        JsonNode media = content.get(mediaType);
        if (media == null) {
            mismatches.add(where + ": media type '" + mediaType + "' is not one of " + fieldNames(content));
            return mismatches;
        }
        if ((mediaType.endsWith("json")) && media.has("schema")) {
            Schema schema = schemas.computeIfAbsent(operation.path("operationId").asText() + " " + reply.status() + " "
                    + mediaType, key -> schemaOf(media.get("schema")));
            JsonNode instance;
            try {
                instance = JSON.readTree(body);
            } catch (IOException e) {
                mismatches.add(where + ": the body is not JSON");
                return mismatches;
            }
            for (Error error : schema.validate(instance)) {
                mismatches.add(where + ": " + error + " in " + (reply.status() < 400 ? shape(instance) : abbreviated(body)));
            }
        }
        return mismatches;
    }

    /** The schema with the document's components beside it, so that its {@code #/components/...} references resolve. */
    private Schema schemaOf(JsonNode schema) {
        ObjectNode standalone = schema.deepCopy();
        standalone.set("components", document.path("components"));
        return SCHEMAS.getSchema(standalone);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The field names of a successful answer, not its values: those may be tokens or codes. */
    private static String shape(JsonNode instance) {
        if (instance.isArray()) {
            return instance.isEmpty() ? "[]" : "[" + shape(instance.get(0)) + ", ...]";
        }
        if (!instance.isObject()) {
            return instance.getNodeType().toString();
        }
        List<String> fields = new ArrayList<>();
        instance.fields().forEachRemaining(field -> fields.add(field.getKey() + ":" + shape(field.getValue())));
        return "{" + String.join(", ", fields) + "}";
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
