package org.tdah.assistant.adapters.rest.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.access.ListRoles;
import org.tdah.assistant.application.access.SetAccountRoles;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/** The roles, and who holds which: administration, for callers allowed {@code user:manage}. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("user:manage")
public final class AdminRolesResource {
    private final ListRoles listRoles;
    private final SetAccountRoles setAccountRoles;

    public AdminRolesResource(ListRoles listRoles, SetAccountRoles setAccountRoles) {
        this.listRoles = listRoles;
        this.setAccountRoles = setAccountRoles;
    }

    /** A role, the roles it includes (itself among them) and its effective permissions, sorted. */
    public record RoleRepresentation(String name, List<String> includes, List<String> permissions) {}

    public record RoleList(List<RoleRepresentation> items) {}

    /** The body of a role change: the whole set ({@code user} implied). */
    public record RolesRequest(List<String> roles) {}

    @GET
    @Path("/roles")
    @Operation(summary = "The roles and the permissions each gives", operationId = "listRoles")
    @ApiResponse(responseCode = "200", description = "OK")
    public RoleList roles() {
        return new RoleList(listRoles.list().stream()
                .map(view -> new RoleRepresentation(view.role().wireName(),
                        view.includes().stream().map(Role::wireName).toList(),
                        view.permissions().stream().map(Permission::value).toList()))
                .toList());
    }

    @PUT
    @Path("/users/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the whole set of roles of an account", operationId = "setRoles")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AccessAnswers.AccountRolesRepresentation.class)))
    @ApiResponse(responseCode = "403", description = "Your own roles, or not allowed")
    @ApiResponse(responseCode = "409", description = "The last administrator cannot lose the role")
    public Response setRoles(@PathParam("id") String id, RolesRequest request, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        if (request == null || request.roles() == null || request.roles().stream().anyMatch(role -> role == null)) {
            return Problems.fieldRejected("roles", List.of("a list of role names is required"));
        }
        return AccessAnswers.of(setAccountRoles.set(CallerPrincipal.of(security), new AccountId(id), request.roles(),
                RequestOrigins.of(http)));
    }
}
