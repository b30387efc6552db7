package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.ProblemType;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.ViewOwnAccount;

/** The caller's own account. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource {
    private final ViewOwnAccount viewOwnAccount;

    public UsersResource(ViewOwnAccount viewOwnAccount) {
        this.viewOwnAccount = viewOwnAccount;
    }

    @GET
    @Path("/me")
    @Authenticated
    public Response me(@Context SecurityContext securityContext) {
        return viewOwnAccount.view(CallerPrincipal.of(securityContext))
                .map(account -> Response.ok(AccountRepresentation.of(account)).build())
                .orElseGet(() -> Problems.response(
                        ProblemType.AUTHENTICATION_REQUIRED, "The account of this token no longer exists."));
    }
}
