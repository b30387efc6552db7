package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.ProblemType;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.LogIn;
import org.tdah.assistant.application.identity.RegisterAccount;

/** Registration and login: how a person gets an account and then tokens for it. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final RegisterAccount registerAccount;
    private final LogIn logIn;

    public AuthResource(RegisterAccount registerAccount, LogIn logIn) {
        this.registerAccount = registerAccount;
        this.logIn = logIn;
    }

    @POST
    @Path("/register")
    public Response register(RegisterRequest body) {
        RegisterRequest request = body == null ? RegisterRequest.EMPTY : body;
        RegisterAccount.Result result = registerAccount.register(
                RegisterAccount.Command.of(request.email(), request.password(), request.displayName()));
        if (result instanceof RegisterAccount.Result.Registered registered) {
            return Response.created(URI.create("/api/v1/users/me"))
                    .entity(AccountRepresentation.of(registered.account()))
                    .build();
        }
        if (result instanceof RegisterAccount.Result.PasswordRejected rejected) {
            return Problems.validation(rejected.reasons().stream()
                    .map(reason -> new Problem.FieldProblem("password", reason))
                    .toList());
        }
        return Problems.response(ProblemType.EMAIL_ALREADY_REGISTERED, "Log in, or reset your password if you forgot it.");
    }

    @POST
    @Path("/login")
    public Response logIn(LoginRequest body) {
        LoginRequest request = body == null ? LoginRequest.EMPTY : body;
        LogIn.Result result = logIn.logIn(new LogIn.Command(request.email(), request.password()));
        if (result instanceof LogIn.Result.LoggedIn loggedIn) {
            return Response.ok(TokenResponse.of(loggedIn.accessToken()))
                    .header("Cache-Control", "no-store")
                    .header("Pragma", "no-cache")
                    .build();
        }
        return Problems.response(ProblemType.INVALID_CREDENTIALS, "Check the email address and the password.");
    }
}
