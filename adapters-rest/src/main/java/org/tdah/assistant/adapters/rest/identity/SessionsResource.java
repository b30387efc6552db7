package org.tdah.assistant.adapters.rest.identity;

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
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.sessions.ManageSessions;
import org.tdah.assistant.domain.identity.SessionId;

/** Where the caller is logged in, and ending those logins. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public final class SessionsResource {
    private final ManageSessions manageSessions;

    public SessionsResource(ManageSessions manageSessions) {
        this.manageSessions = manageSessions;
    }

    /** One session as its owner sees it. */
    public record SessionRepresentation(String id, String device, String ipAddress, String createdAt,
            String lastSeenAt, String expiresAt, boolean current) {}

    /** The caller's sessions, oldest first. */
    public record SessionList(List<SessionRepresentation> items) {}

    @GET
    public SessionList list(@Context SecurityContext security) {
        return new SessionList(manageSessions.list(CallerPrincipal.of(security)).stream()
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
    public Response end(@PathParam("id") String id, @Context SecurityContext security, @Context HttpServletRequest http) {
        boolean ended = !id.isBlank()
                && manageSessions.end(CallerPrincipal.of(security), new SessionId(id), RequestOrigins.of(http));
        return ended ? Response.noContent().build()
                : Problems.response(GeneralProblem.NOT_FOUND, "You have no session with this id.");
    }

    @DELETE
    public Response endOthers(@Context SecurityContext security, @Context HttpServletRequest http) {
        manageSessions.endOthers(CallerPrincipal.of(security), RequestOrigins.of(http));
        return Response.noContent().build();
    }
}
