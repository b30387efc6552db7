package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.sessions.EndOtherSessions;
import org.tdah.assistant.application.identity.sessions.EndSession;
import org.tdah.assistant.application.identity.sessions.ListSessions;
import org.tdah.assistant.domain.identity.SessionId;

/** Where the caller is logged in, and ending those logins. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public final class SessionsResource {
    private final ListSessions listSessions;
    private final EndSession endSession;
    private final EndOtherSessions endOtherSessions;

    public SessionsResource(ListSessions listSessions, EndSession endSession, EndOtherSessions endOtherSessions) {
        this.listSessions = listSessions;
        this.endSession = endSession;
        this.endOtherSessions = endOtherSessions;
    }

    /** One session as its owner sees it. */
    public record SessionRepresentation(String id, @Schema(nullable = true) String device,
            @Schema(nullable = true) String ipAddress, String createdAt, @Schema(nullable = true) String lastSeenAt,
            String expiresAt, boolean current) {}

    /** The caller's sessions, oldest first. */
    public record SessionList(List<SessionRepresentation> items) {}

    @GET
    @Operation(summary = "The sessions of the caller", operationId = "listSessions")
    @ApiResponse(responseCode = "200", description = "OK")
    public SessionList list(@Context SecurityContext security) {
        return new SessionList(listSessions.list(CallerPrincipal.of(security)).stream()
                .map(view -> new SessionRepresentation(
                        view.session().id().value(),
                        view.session().deviceLabel(),
                        view.session().address(),
                        view.session().createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                        view.session().lastSeenAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                        view.session().endsAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                        view.current()))
                .toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End one of the caller's sessions", operationId = "endSession")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response end(@PathParam("id") String id, @Context SecurityContext security, @Context HttpServletRequest http) {
        if (id.isBlank()) {
            return AccountAnswers.of(new EndSession.Result.NoSuchSession());
        }
        return AccountAnswers.of(endSession.end(CallerPrincipal.of(security), new SessionId(id), RequestOrigins.of(http)));
    }

    @DELETE
    @Operation(summary = "End every session of the caller but the current one", operationId = "endOtherSessions")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response endOthers(@Context SecurityContext security, @Context HttpServletRequest http) {
        endOtherSessions.endOthers(CallerPrincipal.of(security), RequestOrigins.of(http));
        return Response.noContent().build();
    }
}
