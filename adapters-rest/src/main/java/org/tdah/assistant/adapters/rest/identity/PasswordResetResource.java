package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.password.RequestPasswordReset;
import org.tdah.assistant.application.identity.password.ResetPassword;

/** A forgotten password: asking for a reset email, and setting a new password with its code. */
@Path("/api/v1/auth/password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PasswordResetResource {
    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;

    public PasswordResetResource(RequestPasswordReset requestPasswordReset, ResetPassword resetPassword) {
        this.requestPasswordReset = requestPasswordReset;
        this.resetPassword = resetPassword;
    }

    @POST
    @Path("/forgot")
    @Public
    @Operation(summary = "Ask for a password reset email", operationId = "forgotPassword")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @ApiResponse(responseCode = "429", description = "Too many requests from this network")
    public Response forgot(Requests.ForgotPassword body, @Context HttpServletRequest http) {
        Requests.ForgotPassword request = body == null ? Requests.ForgotPassword.EMPTY : body;
        return AccountAnswers.of(requestPasswordReset.request(
                RequestPasswordReset.Command.of(request.email()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/reset")
    @Public
    @Operation(summary = "Set a new password with the emailed token", operationId = "resetPassword")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "400", description = "The token is invalid, used or expired")
    @ApiResponse(responseCode = "429", description = "Too many attempts from this network")
    public Response reset(Requests.ResetPassword body, @Context HttpServletRequest http) {
        Requests.ResetPassword request = body == null ? Requests.ResetPassword.EMPTY : body;
        return AccountAnswers.of(resetPassword.reset(
                new ResetPassword.Command(request.token(), request.newPassword()), RequestOrigins.of(http)));
    }
}
