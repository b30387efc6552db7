package org.tdah.assistant.adapters.rest.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.tdah.assistant.adapters.rest.openapi.RequestShapes;
import static org.tdah.assistant.adapters.rest.conversation.ConversationRequests.caller;

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
import org.tdah.assistant.adapters.rest.conversation.ConversationRepresentations.ConversationJson;
import org.tdah.assistant.adapters.rest.conversation.ConversationRepresentations.SearchHitJson;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.PageJson;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.application.conversation.SearchQuery;
import org.tdah.assistant.application.conversation.conversations.ChangeConversation;
import org.tdah.assistant.application.conversation.conversations.DeleteConversation;
import org.tdah.assistant.application.conversation.conversations.ListConversations;
import org.tdah.assistant.application.conversation.conversations.StartConversation;
import org.tdah.assistant.application.conversation.conversations.ViewConversation;
import org.tdah.assistant.application.conversation.search.SearchMessages;
import org.tdah.assistant.domain.conversation.ConversationId;

/**
 * The caller's conversations, and the search of their messages. Reading needs {@code conversation:read}, changing
 * {@code conversation:write}; someone else's conversation or message is a 404, as one that does not exist.
 */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("conversation:read")
public final class ConversationsResource {
    private static final String WRITE = "conversation:write";
    private final ListConversations listConversations;
    private final StartConversation startConversation;
    private final SearchMessages searchMessages;
    private final ViewConversation viewConversation;
    private final ChangeConversation changeConversation;
    private final DeleteConversation deleteConversation;

    public ConversationsResource(ListConversations listConversations, StartConversation startConversation,
            SearchMessages searchMessages, ViewConversation viewConversation, ChangeConversation changeConversation,
            DeleteConversation deleteConversation) {
        this.listConversations = listConversations;
        this.startConversation = startConversation;
        this.searchMessages = searchMessages;
        this.viewConversation = viewConversation;
        this.changeConversation = changeConversation;
        this.deleteConversation = deleteConversation;
    }

    /** Newest first; {@code ?archived=true|false} keeps only the archived ones or only the others. */
    @GET
    @Operation(summary = "The caller's conversations, newest activity first", operationId = "listConversations")
    @ApiResponse(responseCode = "200", description = "OK")
    public PageJson<ConversationJson> list(@QueryParam("archived") String archived, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        PageRequest<ConversationId> page = Cursors.page(limit, cursor, ConversationId::new);
        return PageJson.of(listConversations.list(caller(security), ConversationRequests.archivedFilter(archived),
                page), ConversationJson::of, id -> Cursors.of(id.value()));
    }

    /** Starts a web conversation: {@code {"title"?: "..."}}. */
    @POST
    @RequiresPermission(WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a conversation", operationId = "startConversation")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ConversationRepresentations.ConversationJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.NewConversation.class)))
    public Response start(JsonNode body, @Context SecurityContext security) {
        return ConversationAnswers.created(ConversationJson.of(
                startConversation.start(caller(security), ConversationRequests.newConversation(body))));
    }

    /** The caller's own messages, in all their conversations, best match first. */
    @GET
    @Path("/search")
    @Operation(summary = "Search the caller's messages", operationId = "searchMessages")
    @ApiResponse(responseCode = "200", description = "OK")
    public PageJson<SearchHitJson> search(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        PageRequest<SearchPosition> page = Cursors.page(limit, cursor, Cursors::searchPosition);
        return PageJson.of(searchMessages.search(caller(security), new SearchQuery(q), page),
                SearchHitJson::of, Cursors::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conversation", operationId = "viewConversation")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ConversationRepresentations.ConversationJson.class)))
    public Response view(@PathParam("id") String id, @Context SecurityContext security) {
        return ConversationAnswers.of(viewConversation.view(caller(security), new ConversationId(id)));
    }

    /** Changes {@code title} (null removes it) and {@code archived}; what is not given stays. */
    @PATCH
    @Path("/{id}")
    @RequiresPermission(WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or archive a conversation", operationId = "changeConversation")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ConversationRepresentations.ConversationJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.ConversationChange.class)))
    public Response change(@PathParam("id") String id, JsonNode body, @Context SecurityContext security) {
        return ConversationAnswers.of(changeConversation.change(caller(security), new ConversationId(id),
                ConversationRequests.change(body)));
    }

    /** Deletes the conversation and all its messages, for good. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission(WRITE)
    @Operation(summary = "Delete a conversation and its messages", operationId = "deleteConversation")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        return ConversationAnswers.of(deleteConversation.delete(caller(security), new ConversationId(id)));
    }
}
