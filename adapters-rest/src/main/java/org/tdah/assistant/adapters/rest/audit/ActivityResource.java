package org.tdah.assistant.adapters.rest.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.QueryParameters;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.audit.ViewOwnActivity;

/** {@code GET /users/me/activity}: the caller's own security history, newest first, cursor-paged. */
@Path("/api/v1/users/me/activity")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("profile:read")
public final class ActivityResource {
    private final ViewOwnActivity viewOwnActivity;

    public ActivityResource(ViewOwnActivity viewOwnActivity) {
        this.viewOwnActivity = viewOwnActivity;
    }

    @GET
    @Operation(summary = "The caller's own security activity, newest first", operationId = "viewOwnActivity")
    @ApiResponse(responseCode = "200", description = "OK")
    public AuditRepresentations.Page<AuditRepresentations.ActivityRepresentation> activity(
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        return AuditRepresentations.page(viewOwnActivity.of(CallerPrincipal.of(security), AuditCursors.decode(cursor),
                QueryParameters.limit(limit)), AuditRepresentations.ActivityRepresentation::of);
    }
}
