package org.tdah.assistant.adapters.rest.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.jobs.ViewBackgroundJobs;

/**
 * {@code GET /admin/jobs}: the background work at a glance (scheduler tasks and their state, queue
 * counts, the latest failures with their error only), for callers allowed {@code job:read}.
 */
@Path("/api/v1/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("job:read")
public final class AdminJobsResource {
    private final ViewBackgroundJobs viewBackgroundJobs;

    public AdminJobsResource(ViewBackgroundJobs viewBackgroundJobs) {
        this.viewBackgroundJobs = viewBackgroundJobs;
    }

    @GET
    @Operation(summary = "The background jobs: schedules, queues, recent failures", operationId = "viewBackgroundJobs")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = JobsRepresentation.class)))
    public Response view(@Context SecurityContext security) {
        return viewBackgroundJobs.view(CallerPrincipal.of(security)).map(new ViewBackgroundJobs.Result.Mapping<>() {
            @Override
            public Response on(ViewBackgroundJobs.Result.Found found) {
                return Response.ok(JobsRepresentation.of(found.overview())).build();
            }

            @Override
            public Response on(ViewBackgroundJobs.Result.NotAllowed notAllowed) {
                return Problems.response(GeneralProblem.FORBIDDEN, "This needs the permission job:read.");
            }
        });
    }
}
