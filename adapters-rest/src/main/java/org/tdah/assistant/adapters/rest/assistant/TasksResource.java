package org.tdah.assistant.adapters.rest.assistant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.tdah.assistant.adapters.rest.openapi.RequestShapes;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.TaskJson;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.adapters.rest.shared.PageJson;
import org.tdah.assistant.adapters.rest.shared.Paging;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.assistant.tasks.ChangeTask;
import org.tdah.assistant.application.assistant.tasks.CreateTask;
import org.tdah.assistant.application.assistant.tasks.DeleteTask;
import org.tdah.assistant.application.assistant.tasks.ListTasks;
import org.tdah.assistant.application.assistant.tasks.ViewTask;
import java.util.Optional;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.shared.IdempotencyKey;

/**
 * The caller's tasks. Reading needs {@code task:read}, changing {@code task:write}; someone else's
 * task is a 404, as one that does not exist.
 */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("task:read")
public final class TasksResource {
    private static final String WRITE = "task:write";
    private static final String KEY_DESCRIPTION = "Optional. A key the client makes once per task (a UUID), 1 to 200 "
            + "printable ASCII characters: the same key from the same account within 24 hours answers the task the "
            + "first request created (200) instead of creating another. Another account's same key is another key.";
    private final ListTasks listTasks;
    private final CreateTask createTask;
    private final ViewTask viewTask;
    private final ChangeTask changeTask;
    private final DeleteTask deleteTask;

    public TasksResource(ListTasks listTasks, CreateTask createTask, ViewTask viewTask, ChangeTask changeTask,
            DeleteTask deleteTask) {
        this.listTasks = listTasks;
        this.createTask = createTask;
        this.viewTask = viewTask;
        this.changeTask = changeTask;
        this.deleteTask = deleteTask;
    }

    /** Oldest first; {@code ?status=open|done} keeps one status. */
    @GET
    @Operation(summary = "The caller's tasks", operationId = "listTasks")
    @ApiResponse(responseCode = "200", description = "OK")
    public PageJson<TaskJson> list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        Paging<TaskId> page = Paging.of(limit, cursor, TaskId::new);
        return PageJson.of(listTasks.list(CallerPrincipal.of(security).accountId(),
                AssistantRequests.statusFilter(status), page.after(), page.limit()), TaskJson::of,
                id -> OpaqueCursors.encode(id.value()));
    }

    /**
     * Adds an open task: {@code {"title": "..."}}, 201. With {@code Idempotency-Key}, a repeat of the
     * key within 24 hours answers the task the first request created, as it is now, with 200
     * (decision 0029); a key that is not 1 to 200 printable ASCII characters is a 422 under its name.
     */
    @POST
    @RequiresPermission(WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a task", operationId = "createTask")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.TaskJson.class)))
    @ApiResponse(responseCode = "200", description = "The task an earlier request with the same Idempotency-Key created",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.TaskJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.NewTask.class)))
    public Response create(JsonNode body, @HeaderParam("Idempotency-Key") @Parameter(description = KEY_DESCRIPTION,
                    schema = @Schema(type = "string", minLength = 1, maxLength = IdempotencyKey.MAX_CHARACTERS))
            String idempotencyKey, @Context SecurityContext security) {
        Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey).map(IdempotencyKey::new);
        return AssistantAnswers.of(createTask.create(CallerPrincipal.of(security).accountId(),
                AssistantRequests.newTask(body), key));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One task", operationId = "viewTask")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.TaskJson.class)))
    public Response view(@PathParam("id") String id, @Context SecurityContext security) {
        return AssistantAnswers.of(viewTask.view(CallerPrincipal.of(security).accountId(), new TaskId(id)));
    }

    /** Changes {@code title} and {@code status} ({@code open}, {@code done}); what is not given stays. */
    @PATCH
    @Path("/{id}")
    @RequiresPermission(WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a task, or mark it done or open", operationId = "changeTask")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AssistantRepresentations.TaskJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.TaskChange.class)))
    public Response change(@PathParam("id") String id, JsonNode body, @Context SecurityContext security) {
        return AssistantAnswers.of(changeTask.change(CallerPrincipal.of(security).accountId(), new TaskId(id),
                AssistantRequests.taskChange(body)));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(WRITE)
    @Operation(summary = "Delete a task", operationId = "deleteTask")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        return AssistantAnswers.deletedTask(deleteTask.delete(CallerPrincipal.of(security).accountId(), new TaskId(id)));
    }
}
