package org.tdah.assistant.adapters.rest.identity;

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
    public Response register(Requests.Register body, @Context HttpServletRequest http) {
        Requests.Register request = body == null ? Requests.Register.EMPTY : body;
        return AccountAnswers.of(registerAccount.register(
                RegisterAccount.Command.of(request.email(), request.password(), request.displayName()),
                RequestOrigins.of(http)));
    }

    @POST
    @Path("/login")
    @Public
    public Response logIn(Requests.LogIn body, @Context HttpServletRequest http) {
        Requests.LogIn request = body == null ? Requests.LogIn.EMPTY : body;
        return AccountAnswers.of(logIn.logIn(new LogIn.Command(request.email(), request.password()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/mfa/verify")
    @Public
    public Response verifyMfa(Requests.VerifySecondFactor body, @Context HttpServletRequest http) {
        Requests.VerifySecondFactor request = body == null ? Requests.VerifySecondFactor.EMPTY : body;
        return AccountAnswers.of(verifySecondFactor.verify(
                VerifySecondFactor.Command.of(request.mfaToken(), request.method(), request.code()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/mfa/sms/send")
    @Public
    public Response sendSmsCodeDuringLogin(Requests.MfaToken body, @Context HttpServletRequest http) {
        Requests.MfaToken request = body == null ? Requests.MfaToken.EMPTY : body;
        return AccountAnswers.of(sendSmsCode.duringLogin(new SendSmsCode.Command(request.mfaToken()), RequestOrigins.of(http)));
    }

    /** Texts a code to re-authenticate with ({@code method: sms} on {@code /reauthenticate}). */
    @POST
    @Path("/reauthenticate/sms/send")
    @Authenticated
    public Response sendSmsCodeToReauthenticate(@Context SecurityContext security, @Context HttpServletRequest http) {
        return AccountAnswers.of(sendSmsCode.toReauthenticate(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    @POST
    @Path("/reauthenticate")
    @Authenticated
    public Response reauthenticate(Requests.Reauthenticate body, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        Requests.Reauthenticate request = body == null ? Requests.Reauthenticate.EMPTY : body;
        return AccountAnswers.of(reauthenticate.reauthenticate(CallerPrincipal.of(security),
                Reauthenticate.Command.of(request.password(), request.method(), request.code()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/refresh")
    @Public
    public Response refresh(Requests.Refresh body, @Context HttpServletRequest http) {
        Requests.Refresh request = body == null ? Requests.Refresh.EMPTY : body;
        return AccountAnswers.of(refreshSession.refresh(new RefreshSession.Command(request.refreshToken()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Response logOut(@Context SecurityContext security, @Context HttpServletRequest http) {
        logOut.logOut(CallerPrincipal.of(security), RequestOrigins.of(http));
        return Response.noContent().build();
    }
}
