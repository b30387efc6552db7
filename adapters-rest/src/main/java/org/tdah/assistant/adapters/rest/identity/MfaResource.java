package org.tdah.assistant.adapters.rest.identity;

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
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.phone.ManagePhone;
import org.tdah.assistant.application.identity.totp.ManageTotp;
import org.tdah.assistant.application.identity.TypedCode;

/** Two-step login with an authenticator app or SMS codes, and backup codes. */
@Path("/api/v1/mfa")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public final class MfaResource {
    private final ManageTotp manageTotp;
    private final ManagePhone managePhone;

    public MfaResource(ManageTotp manageTotp, ManagePhone managePhone) {
        this.manageTotp = manageTotp;
        this.managePhone = managePhone;
    }

    /** The secret and its URI, for the app; both secrets, so the answer is not stored by caches. */
    public record TotpSetup(String secret, String otpauthUri, String qrCode) {
        @Override
        public String toString() {
            return "TotpSetup[redacted]";
        }
    }

    /** Backup codes, shown this once. */
    public record IssuedBackupCodes(List<String> backupCodes) {
        @Override
        public String toString() {
            return "IssuedBackupCodes[redacted]";
        }
    }

    @POST
    @Path("/totp/setup")
    public Response setUp(@Context SecurityContext security) {
        ManageTotp.Result result = manageTotp.setUp(CallerPrincipal.of(security));
        if (result instanceof ManageTotp.Result.SetupStarted started) {
            return noStore(Response.ok(new TotpSetup(started.setup().secret(), started.setup().otpauthUri(),
                    "/api/v1/mfa/totp/qr.png")));
        }
        return answer(result);
    }

    @GET
    @Path("/totp/qr.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    public Response qrCode(@Context SecurityContext security) {
        return manageTotp.pendingSetupUri(CallerPrincipal.of(security))
                .map(uri -> noStore(Response.ok(QrCodes.png(uri), "image/png")))
                .orElseGet(() -> Problems.response(IdentityProblem.NOTHING_TO_CONFIRM,
                        "Start with POST /api/v1/mfa/totp/setup."));
    }

    @POST
    @Path("/totp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(Requests.Code body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Code request = body == null ? Requests.Code.EMPTY : body;
        return answer(manageTotp.confirm(CallerPrincipal.of(security), new TypedCode(request.code()),
                RequestOrigins.of(http)));
    }

    @DELETE
    @Path("/totp")
    public Response disable(@Context SecurityContext security, @Context HttpServletRequest http) {
        return answer(manageTotp.disable(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    @POST
    @Path("/backup-codes")
    public Response regenerateBackupCodes(@Context SecurityContext security, @Context HttpServletRequest http) {
        return answer(manageTotp.regenerateBackupCodes(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    @POST
    @Path("/sms/setup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setUpSms(Requests.Phone body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Phone request = body == null ? Requests.Phone.EMPTY : body;
        return PhoneAnswers.of(managePhone.setUpSmsMfa(CallerPrincipal.of(security),
                ManagePhone.PhoneCommand.of(request.phone()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/sms/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmSms(Requests.Code body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Code request = body == null ? Requests.Code.EMPTY : body;
        return PhoneAnswers.of(managePhone.confirmSmsMfa(CallerPrincipal.of(security),
                new TypedCode(request.code()), RequestOrigins.of(http)));
    }

    @DELETE
    @Path("/sms")
    public Response disableSms(@Context SecurityContext security, @Context HttpServletRequest http) {
        return PhoneAnswers.of(managePhone.disableSmsMfa(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    private static Response answer(ManageTotp.Result result) {
        if (result instanceof ManageTotp.Result.BackupCodesIssued issued) {
            return noStore(Response.ok(new IssuedBackupCodes(issued.codes())));
        }
        if (result instanceof ManageTotp.Result.Disabled) {
            return Response.noContent().build();
        }
        if (result instanceof ManageTotp.Result.WrongCode) {
            return Problems.validation(List.of(new Problem.FieldProblem("code",
                    "is not the current code of your app; check its clock and type the newest code")));
        }
        if (result instanceof ManageTotp.Result.ReauthenticationRequired) {
            return Problems.reauthenticationRequired();
        }
        if (result instanceof ManageTotp.Result.AlreadyEnabled) {
            return Problems.response(IdentityProblem.TOTP_ALREADY_ENABLED, "Turn it off first to use another app.");
        }
        if (result instanceof ManageTotp.Result.NotEnabled) {
            return Problems.response(IdentityProblem.TOTP_NOT_ENABLED, "Turn on two-step login first.");
        }
        if (result instanceof ManageTotp.Result.NothingToConfirm) {
            return Problems.response(IdentityProblem.NOTHING_TO_CONFIRM, "Start with POST /api/v1/mfa/totp/setup.");
        }
        return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, "The account of this token no longer exists.");
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
