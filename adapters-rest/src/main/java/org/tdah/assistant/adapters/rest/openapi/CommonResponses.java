package org.tdah.assistant.adapters.rest.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.Problems;

/**
 * What every operation of the API shares, added to the document after swagger-core read the
 * resources, so that no resource method repeats it: the RFC 9457 {@code Problem} schema (the body of
 * every 4xx and 5xx answer), the {@code bearerAuth} scheme and the statuses that come from the
 * filters and mappers in front of every resource rather than from the method itself:
 * <ul>
 *   <li>authenticated operations: the bearer requirement and 401 (with {@code WWW-Authenticate});
 *       those that need a permission: 403;</li>
 *   <li>operations with a body: 400 (malformed), 413 (too large), 415 (wrong media type), 422
 *       (invalid fields);</li>
 *   <li>operations with query parameters: 422 (an invalid limit, cursor or instant);</li>
 *   <li>operations with path parameters: 404;</li>
 *   <li>every operation: 406, 500, and 503 with {@code Retry-After} when PostgreSQL or Redis is down.</li>
 * </ul>
 * A status an operation declares itself keeps its own description; only its body is filled in. Each
 * operation is tagged with its bounded context (the package of its resource), as Swagger UI groups them.
 */
final class CommonResponses {
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("400", "Malformed request: the body or a parameter could not be read"),
            Map.entry("401", "Authentication required: no valid, unexpired, unrevoked access token"),
            Map.entry("403", "Not allowed for this account"),
            Map.entry("404", "Not found, or not yours (never revealed which)"),
            Map.entry("406", "No acceptable representation for the Accept header"),
            Map.entry("409", "Conflicts with the current state"),
            Map.entry("413", "The request body is larger than the limit"),
            Map.entry("415", "This media type is not accepted here"),
            Map.entry("422", "Some fields or parameters are invalid; errors lists them"),
            Map.entry("429", "Too many requests; wait for Retry-After seconds"),
            Map.entry("500", "Something went wrong on our side"),
            Map.entry("503", "A service we depend on is unavailable; try again after Retry-After seconds"));

    private CommonResponses() {}

    static void apply(OpenAPI openApi, List<ApiOperations.Operation> operations) {
        openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from POST /api/v1/auth/login (or /auth/mfa/verify, /auth/refresh)."));
        ModelConverters.getInstance().readAll(Problem.class).forEach(openApi.getComponents()::addSchemas);

        for (ApiOperations.Operation declared : operations) {
            Operation operation = find(openApi, declared);
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.addTagsItem(contextOf(declared));
            }
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            switch (declared.access()) {
                case PUBLIC -> operation.setSecurity(List.of());
                case AUTHENTICATED -> authenticated(operation);
                case PERMISSION -> {
                    authenticated(operation);
                    common(operation, "403");
                }
            }
            if (operation.getRequestBody() != null) {
                common(operation, "400", "413", "415", "422");
            }
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            if (parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
                common(operation, "422");
            }
            if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
                common(operation, "404");
            }
            common(operation, "406", "500", "503");
            problemBodies(operation);
            operation.setResponses(sorted(operation.getResponses()));
        }
    }

    /** The bounded context of the resource, the last part of its package ({@code identity}, {@code sms} ...). */
    private static String contextOf(ApiOperations.Operation declared) {
        String packageName = declared.method().getDeclaringClass().getPackageName();
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }

    static Operation find(OpenAPI openApi, ApiOperations.Operation declared) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(declared.path());
        Operation operation = item == null ? null
                : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(declared.httpMethod()));
        if (operation == null) {
            throw new IllegalStateException("swagger-core did not document " + declared.key() + " ("
                    + declared.method() + ")");
        }
        return operation;
    }

    private static void authenticated(Operation operation) {
        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        common(operation, "401");
    }

    private static void common(Operation operation, String... statuses) {
        for (String status : statuses) {
            operation.getResponses().putIfAbsent(status, new ApiResponse().description(REASONS.get(status)));
        }
    }

    /** Every 4xx and 5xx answer is a problem; 429 and 503 say when to try again, 401 how to authenticate. */
    private static void problemBodies(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                return;
            }
            if (response.getDescription() == null) {
                response.setDescription(REASONS.getOrDefault(status, "A problem"));
            }
            if (response.getContent() == null || response.getContent().isEmpty()) {
                response.setContent(new Content().addMediaType(Problems.MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
            if (status.equals("429") || status.equals("503")) {
                header(response, "Retry-After", new IntegerSchema(), "Seconds to wait before trying again");
            }
            if (status.equals("401")) {
                header(response, "WWW-Authenticate", new StringSchema()._default("Bearer"), "Bearer");
            }
        });
    }

    private static void header(ApiResponse response, String name, Schema<?> schema, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeaderObject(name, new Header().schema(schema).description(description));
        }
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        return sorted;
    }
}
