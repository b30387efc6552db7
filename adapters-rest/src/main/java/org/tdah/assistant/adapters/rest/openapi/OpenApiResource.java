package org.tdah.assistant.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;
import org.tdah.assistant.adapters.rest.shared.Public;

/**
 * Serves the OpenAPI document of the resources registered with Jersey, as JSON and as YAML (the same
 * document). It is built on the first call, when every context has installed its resources.
 */
@Path("/api/v1")
@Public
public final class OpenApiResource {
    static final String YAML = "application/yaml";

    private final Supplier<Collection<Class<?>>> resourceClasses;
    private volatile OpenApiDocument document;

    public OpenApiResource(Supplier<Collection<Class<?>>> resourceClasses) {
        this.resourceClasses = resourceClasses;
    }

    /** The classes and the classes of the instances registered with this Jersey configuration. */
    public static OpenApiResource of(ResourceConfig jersey) {
        return new OpenApiResource(() -> {
            List<Class<?>> classes = new ArrayList<>(jersey.getClasses());
            jersey.getInstances().forEach(instance -> classes.add(instance.getClass()));
            return classes;
        });
    }

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This OpenAPI document, as JSON", operationId = "openApiJson")
    @ApiResponse(responseCode = "200", description = "The OpenAPI 3 document",
            content = @Content(schema = @Schema(type = "object")))
    public Response json() {
        return Response.ok(document().json(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/openapi.yaml")
    @Produces(YAML)
    @Operation(summary = "This OpenAPI document, as YAML", operationId = "openApiYaml")
    @ApiResponse(responseCode = "200", description = "The OpenAPI 3 document",
            content = @Content(schema = @Schema(type = "string")))
    public Response yaml() {
        return Response.ok(document().yaml(), YAML).build();
    }

    private OpenApiDocument document() {
        OpenApiDocument built = document;
        if (built == null) {
            synchronized (this) {
                if (document == null) {
                    document = OpenApiDocument.of(resourceClasses.get());
                }
                built = document;
            }
        }
        return built;
    }
}
