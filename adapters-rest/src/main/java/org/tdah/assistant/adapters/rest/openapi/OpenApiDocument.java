package org.tdah.assistant.adapters.rest.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenAPI 3 document of the API, generated from the JAX-RS resource classes at run time:
 * swagger-core reads what each method declares (its path, parameters, media types and the
 * annotations that belong to it: summary, operation id, its own statuses and their bodies), then
 * {@link CommonResponses} adds what every operation shares (the problem schema, the statuses of
 * authentication, bodies and outages, the bearer scheme) and {@link OperationExamples} adds the
 * request and response example of each operation. Built once, on first use, from the resources
 * registered by then.
 */
public final class OpenApiDocument {
    static final String EXAMPLES_RESOURCE = "/openapi/examples.json";

    private static final RecordsAsWritten RECORDS = new RecordsAsWritten();

    static {
        ModelConverters.getInstance().addConverter(RECORDS);
    }

    private final OpenAPI openApi;
    private final String json;
    private final String yaml;

    private OpenApiDocument(OpenAPI openApi) {
        this.openApi = openApi;
        try {
            this.json = Json.pretty().writeValueAsString(openApi);
            this.yaml = Yaml.pretty().writeValueAsString(openApi);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    /** The document of these resource classes (other classes are skipped). */
    public static OpenApiDocument of(Collection<Class<?>> classes) {
        Set<Class<?>> resources = new LinkedHashSet<>();
        classes.stream().filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class)).forEach(resources::add);
        List<ApiOperations.Operation> operations = ApiOperations.of(resources);

        SwaggerConfiguration configuration = new SwaggerConfiguration()
                .openAPI(base())
                .prettyPrint(true)
                .sortOutput(true)
                .defaultResponseCode("200");
        Reader reader = new Reader(configuration);
        OpenAPI openApi = reader.read(resources);
        requestsAsRead(openApi);
        CommonResponses.apply(openApi, operations);
        OperationExamples.apply(openApi, operations, OperationExamples.servedBy(openApi, operations, examples()));
        return new OpenApiDocument(openApi);
    }

    public OpenAPI openApi() {
        return openApi;
    }

    public String json() {
        return json;
    }

    public String yaml() {
        return yaml;
    }

    /** The schemas that only requests use describe what a client may write (see {@link RecordsAsWritten#asRead}). */
    private static void requestsAsRead(OpenAPI openApi) {
        Set<String> inRequests = new java.util.TreeSet<>();
        Set<String> inResponses = new java.util.TreeSet<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> refs(media.getSchema(), inRequests));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> refs(media.getSchema(), inResponses));
                    }
                });
            }
        }));
        inRequests.removeAll(inResponses);
        inRequests.forEach(name -> {
            var schema = openApi.getComponents().getSchemas().get(name);
            if (schema != null) {
                RECORDS.asRead(schema, name);
            }
        });
    }

    private static void refs(io.swagger.v3.oas.models.media.Schema<?> schema, Set<String> names) {
        if (schema != null && schema.get$ref() != null) {
            names.add(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
    }

    private static OpenAPI base() {
        return new OpenAPI()
                .info(new Info()
                        .title("Personal Assistant TDAH API")
                        .version("v1")
                        .description("Accounts, second factors and sessions; conversations with the assistant, its tasks "
                                + "and reminders; phone numbers and SMS. Errors are RFC 9457 problems "
                                + "(application/problem+json). Generated from the running application's resources."))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components());
    }

    static JsonNode examples() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(EXAMPLES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + EXAMPLES_RESOURCE);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
