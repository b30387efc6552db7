package org.tdah.assistant.adapters.rest.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.UsageReportJson;
import org.tdah.assistant.application.sms.usage.ViewUsage;

/** What the caller's texts and number cost ({@code sms-usage:read}). */
@Path("/api/v1/sms/usage")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("sms-usage:read")
public final class SmsUsageResource {
    private final ViewUsage usage;
    private final Clock clock;

    public SmsUsageResource(ViewUsage usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The caller's SMS usage and cost", operationId = "viewSmsUsage")
    @ApiResponse(responseCode = "200", description = "OK")
    public UsageReportJson usage(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context SecurityContext security) {
        return UsageReportJson.of(usage.of(CallerPrincipal.of(security).accountId(),
                UsageRequests.range(by, from, to, clock)), false);
    }
}
