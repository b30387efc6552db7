package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.identity.phone.ConfirmSmsSecondFactor;
import org.tdah.assistant.application.identity.phone.DisableSmsSecondFactor;
import org.tdah.assistant.application.identity.phone.PhoneCommand;
import org.tdah.assistant.application.identity.phone.StartSmsSecondFactor;
import org.tdah.assistant.application.identity.totp.ConfirmTotp;
import org.tdah.assistant.application.identity.totp.DisableTotp;
import org.tdah.assistant.application.identity.totp.RegenerateBackupCodes;
import org.tdah.assistant.application.identity.totp.ShowPendingTotpSetup;
import org.tdah.assistant.application.identity.totp.StartTotpSetup;

/** Two-step login with an authenticator app or SMS codes, and backup codes. */
@Path("/api/v1/mfa")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public final class MfaResource {
    private final StartTotpSetup startTotpSetup;
    private final ShowPendingTotpSetup showPendingTotpSetup;
    private final ConfirmTotp confirmTotp;
    private final DisableTotp disableTotp;
    private final RegenerateBackupCodes regenerateBackupCodes;
    private final StartSmsSecondFactor startSmsSecondFactor;
    private final ConfirmSmsSecondFactor confirmSmsSecondFactor;
    private final DisableSmsSecondFactor disableSmsSecondFactor;

    public MfaResource(StartTotpSetup startTotpSetup, ShowPendingTotpSetup showPendingTotpSetup, ConfirmTotp confirmTotp,
            DisableTotp disableTotp, RegenerateBackupCodes regenerateBackupCodes,
            StartSmsSecondFactor startSmsSecondFactor, ConfirmSmsSecondFactor confirmSmsSecondFactor,
            DisableSmsSecondFactor disableSmsSecondFactor) {
        this.startTotpSetup = startTotpSetup;
        this.showPendingTotpSetup = showPendingTotpSetup;
        this.confirmTotp = confirmTotp;
        this.disableTotp = disableTotp;
        this.regenerateBackupCodes = regenerateBackupCodes;
        this.startSmsSecondFactor = startSmsSecondFactor;
        this.confirmSmsSecondFactor = confirmSmsSecondFactor;
        this.disableSmsSecondFactor = disableSmsSecondFactor;
    }

    @POST
    @Path("/totp/setup")
    @Operation(summary = "Start setting up an authenticator app (TOTP)", operationId = "startTotpSetup")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.TotpSetup.class)))
    @ApiResponse(responseCode = "409", description = "Two-step login is already on")
    public Response setUp(@Context SecurityContext security) {
        return SecondFactorAnswers.of(startTotpSetup.start(CallerPrincipal.of(security)));
    }

    @GET
    @Path("/totp/qr.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "The QR code of the pending authenticator setup", operationId = "totpQrCode")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "There is no setup to confirm")
    public Response qrCode(@Context SecurityContext security) {
        return showPendingTotpSetup.otpauthUri(CallerPrincipal.of(security))
                .map(uri -> SecondFactorAnswers.noStore(Response.ok(QrCodes.png(uri), "image/png")))
                .orElseGet(() -> Problems.response(IdentityProblem.NOTHING_TO_CONFIRM,
                        "Start with POST /api/v1/mfa/totp/setup."));
    }

    @POST
    @Path("/totp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the authenticator app with a code; answers the backup codes",
            operationId = "confirmTotp")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.IssuedBackupCodes.class)))
    @ApiResponse(responseCode = "409", description = "There is no setup to confirm")
    public Response confirm(Requests.Code body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Code request = body == null ? Requests.Code.EMPTY : body;
        return SecondFactorAnswers.of(confirmTotp.confirm(CallerPrincipal.of(security), new TypedCode(request.code()),
                RequestOrigins.of(http)));
    }

    @DELETE
    @Path("/totp")
    @Operation(summary = "Turn two-step login with the authenticator app off", operationId = "disableTotp")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "403", description = "Re-authenticate first")
    @ApiResponse(responseCode = "409", description = "Two-step login is off")
    public Response disable(@Context SecurityContext security, @Context HttpServletRequest http) {
        return SecondFactorAnswers.of(disableTotp.disable(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    @POST
    @Path("/backup-codes")
    @Operation(summary = "Replace the backup codes", operationId = "regenerateBackupCodes")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.IssuedBackupCodes.class)))
    @ApiResponse(responseCode = "403", description = "Re-authenticate first")
    @ApiResponse(responseCode = "409", description = "Two-step login is off")
    public Response regenerateBackupCodes(@Context SecurityContext security, @Context HttpServletRequest http) {
        return SecondFactorAnswers.of(
                regenerateBackupCodes.regenerate(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    @POST
    @Path("/sms/setup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start login codes by SMS: text a code to this number", operationId = "startSmsSecondFactor")
    @ApiResponse(responseCode = "202", description = "Accepted",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.CodeSent.class)))
    @ApiResponse(responseCode = "403", description = "Re-authenticate first")
    @ApiResponse(responseCode = "409", description = "The number belongs to another account or cannot be texted")
    @ApiResponse(responseCode = "429", description = "At most 3 codes per 15 minutes")
    public Response setUpSms(Requests.Phone body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Phone request = body == null ? Requests.Phone.EMPTY : body;
        return SecondFactorAnswers.of(startSmsSecondFactor.start(CallerPrincipal.of(security),
                PhoneCommand.of(request.phone()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/sms/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm login codes by SMS with the texted code", operationId = "confirmSmsSecondFactor")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.VerifiedPhone.class)))
    @ApiResponse(responseCode = "409", description = "There is nothing to confirm, or the number is in use")
    public Response confirmSms(Requests.Code body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Code request = body == null ? Requests.Code.EMPTY : body;
        return SecondFactorAnswers.of(confirmSmsSecondFactor.confirm(CallerPrincipal.of(security),
                new TypedCode(request.code()), RequestOrigins.of(http)));
    }

    @DELETE
    @Path("/sms")
    @Operation(summary = "Turn login codes by SMS off", operationId = "disableSmsSecondFactor")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "403", description = "Re-authenticate first")
    @ApiResponse(responseCode = "409", description = "Login codes by SMS are off")
    public Response disableSms(@Context SecurityContext security, @Context HttpServletRequest http) {
        return SecondFactorAnswers.of(disableSmsSecondFactor.disable(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }
}
