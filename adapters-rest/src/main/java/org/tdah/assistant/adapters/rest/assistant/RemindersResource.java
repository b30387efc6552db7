package org.tdah.assistant.adapters.rest.assistant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.tdah.assistant.adapters.rest.openapi.RequestShapes;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.ReminderJson;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.adapters.rest.shared.PageJson;
import org.tdah.assistant.adapters.rest.shared.Paging;
import org.tdah.assistant.adapters.rest.shared.QueryParameters;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.assistant.reminders.ChangeReminder;
import org.tdah.assistant.application.assistant.reminders.CreateReminder;
import org.tdah.assistant.application.assistant.reminders.DeleteReminder;
import org.tdah.assistant.application.assistant.reminders.ListOccurrences;
import org.tdah.assistant.application.assistant.reminders.ListReminders;
import org.tdah.assistant.application.assistant.reminders.ViewReminder;
import org.tdah.assistant.domain.assistant.ReminderId;

/**
 * The caller's reminders and their occurrences. Reading needs {@code reminder:read}, changing
 * {@code reminder:write}; someone else's reminder is a 404, as one that does not exist.
 */
@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("reminder:read")
public final class RemindersResource {
    private static final String WRITE = "reminder:write";
    private final ListReminders listReminders;
    private final CreateReminder createReminder;
    private final ViewReminder viewReminder;
    private final ChangeReminder changeReminder;
    private final DeleteReminder deleteReminder;
    private final ListOccurrences listOccurrences;

    public RemindersResource(ListReminders listReminders, CreateReminder createReminder, ViewReminder viewReminder,
            ChangeReminder changeReminder, DeleteReminder deleteReminder, ListOccurrences listOccurrences) {
        this.listReminders = listReminders;
        this.createReminder = createReminder;
        this.viewReminder = viewReminder;
        this.changeReminder = changeReminder;
        this.deleteReminder = deleteReminder;
        this.listOccurrences = listOccurrences;
    }

    /** Oldest first. */
    @GET
    @Operation(summary = "The caller's reminders", operationId = "listReminders")
    @ApiResponse(responseCode = "200", description = "OK")
    public PageJson<ReminderJson> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        Paging<ReminderId> page = Paging.of(limit, cursor, ReminderId::new);
        return PageJson.of(listReminders.list(CallerPrincipal.of(security).accountId(), page.after(), page.limit()),
                ReminderJson::of, id -> OpaqueCursors.encode(id.value()));
    }

    /**
     * Schedules a reminder: {@code {"text", "dueAt" (UTC), "recurrence"?: RRULE, "timezone"?: IANA id,
     * "taskId"?}}; a recurring one starts at {@code dueAt}, read in the zone (the caller's by default).
     */
    @POST
    @RequiresPermission(WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a reminder, once or recurring (RRULE)", operationId = "createReminder")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.ReminderJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.NewReminder.class)))
    public Response create(JsonNode body, @Context SecurityContext security) {
        return AssistantAnswers.created(ReminderJson.of(createReminder.create(
                CallerPrincipal.of(security).accountId(), AssistantRequests.newReminder(body))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One reminder", operationId = "viewReminder")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.ReminderJson.class)))
    public Response view(@PathParam("id") String id, @Context SecurityContext security) {
        return AssistantAnswers.of(viewReminder.view(CallerPrincipal.of(security).accountId(), new ReminderId(id)));
    }

    /**
     * Changes {@code text}, {@code dueAt}, {@code recurrence} (null: once), {@code timezone}, {@code status}
     * ({@code scheduled}, {@code done}, {@code cancelled}) or snoozes it ({@code snoozedUntil}).
     */
    @PATCH
    @Path("/{id}")
    @RequiresPermission(WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change, snooze, finish or cancel a reminder", operationId = "changeReminder")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.ReminderJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.ReminderChange.class)))
    public Response change(@PathParam("id") String id, JsonNode body, @Context SecurityContext security) {
        return AssistantAnswers.of(changeReminder.change(CallerPrincipal.of(security).accountId(),
                new ReminderId(id), AssistantRequests.reminderChange(body)));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(WRITE)
    @Operation(summary = "Delete a reminder", operationId = "deleteReminder")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        return AssistantAnswers.deletedReminder(deleteReminder.delete(CallerPrincipal.of(security).accountId(),
                new ReminderId(id)));
    }

    /** {@code ?from=<instant>&count=<n>}: the next occurrences from {@code from} (now by default), as UTC instants. */
    @GET
    @Path("/{id}/occurrences")
    @Operation(summary = "The next occurrences of a reminder", operationId = "listOccurrences")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.OccurrencesJson.class)))
    public Response occurrences(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("count") String count, @Context SecurityContext security) {
        return AssistantAnswers.of(listOccurrences.list(CallerPrincipal.of(security).accountId(), new ReminderId(id),
                QueryParameters.instant("from", from), AssistantRequests.count(count)));
    }
}
