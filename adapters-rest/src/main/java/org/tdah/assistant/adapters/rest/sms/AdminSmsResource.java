package org.tdah.assistant.adapters.rest.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.adapters.rest.shared.PageJson;
import org.tdah.assistant.adapters.rest.shared.Paging;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.ChannelLogJson;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.PhoneNumberJson;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.UsageReportJson;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.logs.ViewChannelLogs;
import org.tdah.assistant.application.sms.numbers.ListPhoneNumbers;
import org.tdah.assistant.application.sms.numbers.ReleaseNumber;
import org.tdah.assistant.application.sms.port.ChannelLogs.ChannelLogEntry;
import org.tdah.assistant.application.sms.usage.ViewUsage;

/**
 * The administrators' side of SMS: usage and cost per person and number (JSON, or CSV for
 * {@code Accept: text/csv}; {@code sms-usage:read-all}), every number and releasing any
 * ({@code phone-number:manage-all}), and the channel log of every exchange with the provider
 * ({@code sms-log:read}).
 */
@Path("/api/v1/admin")
@Authenticated
public final class AdminSmsResource {
    private static final String CSV = "text/csv";

    private final ViewUsage usage;
    private final ListPhoneNumbers numbers;
    private final ReleaseNumber release;
    private final ViewChannelLogs logs;
    private final Clock clock;

    public AdminSmsResource(ViewUsage usage, ListPhoneNumbers numbers, ReleaseNumber release, ViewChannelLogs logs,
            Clock clock) {
        this.usage = usage;
        this.numbers = numbers;
        this.release = release;
        this.logs = logs;
        this.clock = clock;
    }

    @GET
    @Path("/sms/usage")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("sms-usage:read-all")
    @Operation(summary = "Everyone's SMS usage and cost, as JSON or CSV", operationId = "viewAllSmsUsage")
    @ApiResponse(responseCode = "200", description = "OK",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = SmsRepresentations.UsageReportJson.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public UsageReportJson usage(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return report(by, from, to);
    }

    @GET
    @Path("/sms/usage")
    @Produces(CSV)
    @io.swagger.v3.oas.annotations.Hidden // documented with usage(): one operation, two representations
    @RequiresPermission("sms-usage:read-all")
    public Response usageCsv(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(UsageCsv.of(report(by, from, to)), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sms-usage.csv\"").build();
    }

    private UsageReportJson report(String by, String from, String to) {
        return UsageReportJson.of(usage.everyone(UsageRequests.range(by, from, to, clock)), true);
    }

    /** Every number, newest first. */
    @GET
    @Path("/phone-numbers")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("phone-number:manage-all")
    @Operation(summary = "Every phone number", operationId = "listAllPhoneNumbers")
    @ApiResponse(responseCode = "200", description = "OK")
    public PageJson<PhoneNumberJson> numbers(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging<NumberId> page = Paging.of(limit, cursor, NumberId::new);
        return PageJson.of(numbers.all(page.limit().value(), page.after()), PhoneNumberJson::forAdministrators,
                id -> OpaqueCursors.encode(id.value()));
    }

    @DELETE
    @Path("/phone-numbers/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("phone-number:manage-all")
    @Operation(summary = "Release any number", operationId = "releaseAnyNumber")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response releaseAny(@PathParam("id") String id) {
        return SmsAnswers.of(release.releaseAny(new NumberId(id)));
    }

    /** Newest first. */
    @GET
    @Path("/sms/channel-logs")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("sms-log:read")
    @Operation(summary = "The log of calls to and from Twilio", operationId = "listChannelLogs")
    @ApiResponse(responseCode = "200", description = "OK")
    public PageJson<ChannelLogJson> channelLogs(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging<Long> page = Paging.of(limit, cursor, Long::valueOf);
        return PageJson.of(logs.newest(page.limit().value(), page.after().map(ChannelLogEntry.Position::new)),
                ChannelLogJson::of, position -> OpaqueCursors.encode(Long.toString(position.id())));
    }
}
