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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.messages.ListMessages;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.conversation.messages.ViewThread;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.MessageId;

/**
 * The messages of one of the caller's conversations and their threads. Reading needs
 * {@code conversation:read}, posting {@code conversation:write}; a conversation or message of
 * someone else is a 404, as one that does not exist.
 */
@Path("/api/v1/conversations/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("conversation:read")
public final class MessagesResource {
    private final ListMessages listMessages;
    private final PostMessage postMessage;
    private final ViewThread viewThread;

    public MessagesResource(ListMessages listMessages, PostMessage postMessage, ViewThread viewThread) {
        this.listMessages = listMessages;
        this.postMessage = postMessage;
        this.viewThread = viewThread;
    }

    /** Newest first, optionally strictly between {@code ?after=} and {@code ?before=} (ISO-8601 instants). */
    @GET
    @Operation(summary = "The messages of a conversation, oldest first", operationId = "listMessages")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ConversationRepresentations.MessagePage.class)))
    public Response messages(@PathParam("id") String id, @QueryParam("after") String after,
            @QueryParam("before") String before, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        PageRequest<MessageId> page = Cursors.page(limit, cursor, MessageId::new);
        return ConversationAnswers.of(listMessages.list(caller(security), new ConversationId(id),
                ConversationRequests.window(after, before), page));
    }

    /** Posts the caller's message: {@code {"body": "...", "replyTo"?: "<message id>"}}; 201 with the stored message. */
    @POST
    @RequiresPermission("conversation:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a message; the assistant answers in the same conversation", operationId = "postMessage")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ConversationRepresentations.MessageJson.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.NewMessage.class)))
    public Response post(@PathParam("id") String id, JsonNode body, @Context SecurityContext security) {
        return ConversationAnswers.of(postMessage.post(caller(security), new ConversationId(id),
                ConversationRequests.message(body)));
    }

    /** The message and every reply to it (replies to replies too), oldest first. */
    @GET
    @Path("/{messageId}/thread")
    @Operation(summary = "A message and its replies", operationId = "viewThread")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ConversationRepresentations.MessagePage.class)))
    public Response thread(@PathParam("id") String id, @PathParam("messageId") String messageId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        PageRequest<MessageId> page = Cursors.page(limit, cursor, MessageId::new);
        return ConversationAnswers.of(viewThread.view(caller(security), new ConversationId(id),
                new MessageId(messageId), page));
    }
}
