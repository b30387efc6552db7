package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.SendSmsCode;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.tokens.LogOut;
import org.tdah.assistant.application.identity.tokens.RefreshSession;

/**
 * Registration and the session lifecycle: login (with its second step when two-step login is on),
 * re-authentication for sensitive changes, refresh with rotation, logout.
 */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final RegisterAccount registerAccount;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final VerifySecondFactor verifySecondFactor;
    private final Reauthenticate reauthenticate;
    private final SendSmsCode sendSmsCode;

    public AuthResource(RegisterAccount registerAccount, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
            VerifySecondFactor verifySecondFactor, Reauthenticate reauthenticate, SendSmsCode sendSmsCode) {
        this.registerAccount = registerAccount;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.verifySecondFactor = verifySecondFactor;
        this.reauthenticate = reauthenticate;
        this.sendSmsCode = sendSmsCode;
    }

    @POST
    @Path("/register")
    @Public
    @Operation(summary = "Register an account", operationId = "register")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
    @ApiResponse(responseCode = "409", description = "This email address already has an account")
    @ApiResponse(responseCode = "429", description = "Too many registrations from this network")
    public Response register(Requests.Register body, @Context HttpServletRequest http) {
        Requests.Register request = body == null ? Requests.Register.EMPTY : body;
        return AccountAnswers.of(registerAccount.register(
                RegisterAccount.Command.of(request.email(), request.password(), request.displayName()),
                RequestOrigins.of(http)));
    }

    @POST
    @Path("/login")
    @Public
    @Operation(summary = "Log in with email and password", operationId = "logIn")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(oneOf = {TokenResponse.class, AccountAnswers.MfaChallenge.class})))
    @ApiResponse(responseCode = "401", description = "The email address or the password is wrong")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts")
    public Response logIn(Requests.LogIn body, @Context HttpServletRequest http) {
        Requests.LogIn request = body == null ? Requests.LogIn.EMPTY : body;
        return AccountAnswers.of(logIn.logIn(new LogIn.Command(request.email(), request.password()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/mfa/verify")
    @Public
    @Operation(summary = "Finish a two-step login with a second factor", operationId = "verifySecondFactor")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "The login step expired or the code is wrong")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts")
    public Response verifyMfa(Requests.VerifySecondFactor body, @Context HttpServletRequest http) {
        Requests.VerifySecondFactor request = body == null ? Requests.VerifySecondFactor.EMPTY : body;
        return AccountAnswers.of(verifySecondFactor.verify(
                VerifySecondFactor.Command.of(request.mfaToken(), request.method(), request.code()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/mfa/sms/send")
    @Public
    @Operation(summary = "Text a login code during a two-step login", operationId = "sendLoginSmsCode")
    @ApiResponse(responseCode = "202", description = "Accepted",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.CodeSent.class)))
    @ApiResponse(responseCode = "401", description = "The login step expired")
    @ApiResponse(responseCode = "409", description = "Login codes by SMS are off, or the number cannot be texted")
    @ApiResponse(responseCode = "429", description = "At most 3 codes per 15 minutes")
    public Response sendSmsCodeDuringLogin(Requests.MfaToken body, @Context HttpServletRequest http) {
        Requests.MfaToken request = body == null ? Requests.MfaToken.EMPTY : body;
        return AccountAnswers.of(sendSmsCode.duringLogin(new SendSmsCode.Command(request.mfaToken()), RequestOrigins.of(http)));
    }

    /** Texts a code to re-authenticate with ({@code method: sms} on {@code /reauthenticate}). */
    @POST
    @Path("/reauthenticate/sms/send")
    @Authenticated
    @Operation(summary = "Text a code to re-authenticate with", operationId = "sendReauthenticationSmsCode")
    @ApiResponse(responseCode = "202", description = "Accepted",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.CodeSent.class)))
    @ApiResponse(responseCode = "409", description = "Login codes by SMS are off, or the number cannot be texted")
    @ApiResponse(responseCode = "429", description = "At most 3 codes per 15 minutes")
    public Response sendSmsCodeToReauthenticate(@Context SecurityContext security, @Context HttpServletRequest http) {
        return AccountAnswers.of(sendSmsCode.toReauthenticate(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    @POST
    @Path("/reauthenticate")
    @Authenticated
    @Operation(summary = "Confirm it is you before a sensitive change", operationId = "reauthenticate")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "401", description = "The password or the code is wrong")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts")
    public Response reauthenticate(Requests.Reauthenticate body, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        Requests.Reauthenticate request = body == null ? Requests.Reauthenticate.EMPTY : body;
        return AccountAnswers.of(reauthenticate.reauthenticate(CallerPrincipal.of(security),
                Reauthenticate.Command.of(request.password(), request.method(), request.code()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/refresh")
    @Public
    @Operation(summary = "Exchange a refresh token for new tokens (rotation)", operationId = "refresh")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "The refresh token is not valid")
    public Response refresh(Requests.Refresh body, @Context HttpServletRequest http) {
        Requests.Refresh request = body == null ? Requests.Refresh.EMPTY : body;
        return AccountAnswers.of(refreshSession.refresh(new RefreshSession.Command(request.refreshToken()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(summary = "Log out: end the current session", operationId = "logOut")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response logOut(@Context SecurityContext security, @Context HttpServletRequest http) {
        logOut.logOut(CallerPrincipal.of(security), RequestOrigins.of(http));
        return Response.noContent().build();
    }
}
