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
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.registration.ResendVerificationEmail;
import org.tdah.assistant.application.identity.registration.VerifyEmail;

/** Verifying an email address with the mailed code, and asking for a new code. */
@Path("/api/v1/auth/verify-email")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EmailVerificationResource {
    private final VerifyEmail verifyEmail;
    private final ResendVerificationEmail resendVerificationEmail;

    public EmailVerificationResource(VerifyEmail verifyEmail, ResendVerificationEmail resendVerificationEmail) {
        this.verifyEmail = verifyEmail;
        this.resendVerificationEmail = resendVerificationEmail;
    }

    @POST
    @Public
    @Operation(summary = "Verify the email address with the emailed token", operationId = "verifyEmail")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "400", description = "The token is invalid, used or expired")
    @ApiResponse(responseCode = "429", description = "Too many attempts from this network")
    public Response verify(Requests.VerifyEmail body, @Context HttpServletRequest http) {
        Requests.VerifyEmail request = body == null ? Requests.VerifyEmail.EMPTY : body;
        return AccountAnswers.of(verifyEmail.verify(new VerifyEmail.Command(request.token()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/resend")
    @Authenticated
    @Operation(summary = "Send the verification email again", operationId = "resendVerificationEmail")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @ApiResponse(responseCode = "409", description = "The address is already verified")
    @ApiResponse(responseCode = "429", description = "A verification email was sent recently")
    public Response resend(@Context SecurityContext security, @Context HttpServletRequest http) {
        return AccountAnswers.of(resendVerificationEmail.resend(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }
}
