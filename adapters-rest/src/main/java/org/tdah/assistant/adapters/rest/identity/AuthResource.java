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
import java.net.URI;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.tokens.LogOut;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.SendSmsCode;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.domain.identity.MfaMethod;

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
    private final VerifySecondFactor verifyMfa;
    private final Reauthenticate reauthenticate;
    private final SendSmsCode sendSmsCode;

    public AuthResource(RegisterAccount registerAccount, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
            VerifySecondFactor verifyMfa, Reauthenticate reauthenticate, SendSmsCode sendSmsCode) {
        this.registerAccount = registerAccount;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.verifyMfa = verifyMfa;
        this.reauthenticate = reauthenticate;
        this.sendSmsCode = sendSmsCode;
    }

    @POST
    @Path("/register")
    public Response register(Requests.Register body, @Context HttpServletRequest http) {
        Requests.Register request = body == null ? Requests.Register.EMPTY : body;
        RegisterAccount.Result result = registerAccount.register(
                RegisterAccount.Command.of(request.email(), request.password(), request.displayName()),
                RequestOrigins.of(http));
        if (result instanceof RegisterAccount.Result.Registered registered) {
            return Response.created(URI.create("/api/v1/users/me"))
                    .entity(AccountRepresentation.of(registered.account()))
                    .build();
        }
        if (result instanceof RegisterAccount.Result.PasswordRejected rejected) {
            return Problems.fieldRejected("password", rejected.reasons());
        }
        if (result instanceof RegisterAccount.Result.RateLimited limited) {
            return Problems.rateLimited(limited.retryAfter(), "Too many registrations from your network; try again later.");
        }
        return Problems.response(IdentityProblem.EMAIL_ALREADY_REGISTERED, "Log in, or reset your password if you forgot it.");
    }

    @POST
    @Path("/login")
    public Response logIn(Requests.LogIn body, @Context HttpServletRequest http) {
        Requests.LogIn request = body == null ? Requests.LogIn.EMPTY : body;
        LogIn.Result result = logIn.logIn(new LogIn.Command(request.email(), request.password()), RequestOrigins.of(http));
        if (result instanceof LogIn.Result.LoggedIn loggedIn) {
            return TokenResponse.ok(loggedIn.tokens());
        }
        if (result instanceof LogIn.Result.MfaRequired required) {
            return Response.ok(new MfaChallenge(true, required.mfaToken(),
                            required.methods().stream().map(MfaMethod::wireName).toList()))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (result instanceof LogIn.Result.Throttled throttled) {
            return Problems.rateLimited(throttled.retryAfter(),
                    "Too many failed attempts for this account or from your network; wait, or reset your password.");
        }
        return Problems.response(IdentityProblem.INVALID_CREDENTIALS, "Check the email address and the password.");
    }

    /** The answer of a login whose second factor must follow. */
    public record MfaChallenge(boolean mfaRequired, String mfaToken, List<String> methods) {
        @Override
        public String toString() {
            return "MfaChallenge[redacted, methods=" + methods + "]";
        }
    }

    @POST
    @Path("/mfa/verify")
    public Response verifyMfa(Requests.VerifySecondFactor body, @Context HttpServletRequest http) {
        Requests.VerifySecondFactor request = body == null ? Requests.VerifySecondFactor.EMPTY : body;
        VerifySecondFactor.Result result = verifyMfa.verify(
                VerifySecondFactor.Command.of(request.mfaToken(), request.method(), request.code()), RequestOrigins.of(http));
        if (result instanceof VerifySecondFactor.Result.LoggedIn loggedIn) {
            return TokenResponse.ok(loggedIn.tokens());
        }
        if (result instanceof VerifySecondFactor.Result.WrongCode) {
            return Problems.response(IdentityProblem.INVALID_MFA_CODE, "Type the newest code, or a backup code.");
        }
        if (result instanceof VerifySecondFactor.Result.Throttled throttled) {
            return Problems.rateLimited(throttled.retryAfter(), "Too many failed attempts; wait, or reset your password.");
        }
        return Problems.response(IdentityProblem.INVALID_MFA_TOKEN, "Log in again with your password.");
    }

    @POST
    @Path("/mfa/sms/send")
    public Response sendSmsCodeDuringLogin(Requests.MfaToken body, @Context HttpServletRequest http) {
        Requests.MfaToken request = body == null ? Requests.MfaToken.EMPTY : body;
        return smsCodeAnswer(sendSmsCode.duringLogin(new SendSmsCode.Command(request.mfaToken()), RequestOrigins.of(http)));
    }

    /** Texts a code to re-authenticate with ({@code method: sms} on {@code /reauthenticate}). */
    @POST
    @Path("/reauthenticate/sms/send")
    @Authenticated
    public Response sendSmsCodeToReauthenticate(@Context SecurityContext security, @Context HttpServletRequest http) {
        return smsCodeAnswer(sendSmsCode.toReauthenticate(CallerPrincipal.of(security), RequestOrigins.of(http)));
    }

    private static Response smsCodeAnswer(SendSmsCode.Result result) {
        if (result instanceof SendSmsCode.Result.Sent sent) {
            return Response.accepted(PhoneAnswers.CodeSent.of(sent.phone(), sent.expiresIn())).build();
        }
        if (result instanceof SendSmsCode.Result.NotEnabled) {
            return Problems.response(IdentityProblem.SMS_MFA_NOT_ENABLED, "Use your password or another second factor.");
        }
        if (result instanceof SendSmsCode.Result.Throttled throttled) {
            return PhoneAnswers.tooManyCodes(throttled.retryAfter());
        }
        if (result instanceof SendSmsCode.Result.Undeliverable) {
            return Problems.response(IdentityProblem.SMS_UNDELIVERABLE, "Use your authenticator app or a backup code.");
        }
        return Problems.response(IdentityProblem.INVALID_MFA_TOKEN, "Log in again with your password.");
    }

    @POST
    @Path("/reauthenticate")
    @Authenticated
    public Response reauthenticate(Requests.Reauthenticate body, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        Requests.Reauthenticate request = body == null ? Requests.Reauthenticate.EMPTY : body;
        Reauthenticate.Result result = reauthenticate.reauthenticate(CallerPrincipal.of(security),
                Reauthenticate.Command.of(request.password(), request.method(), request.code()), RequestOrigins.of(http));
        if (result instanceof Reauthenticate.Result.Reauthenticated) {
            return Response.noContent().build();
        }
        if (result instanceof Reauthenticate.Result.Throttled throttled) {
            return Problems.rateLimited(throttled.retryAfter(), "Too many failed attempts; wait, or reset your password.");
        }
        return Problems.response(IdentityProblem.INVALID_CREDENTIALS, "Check your password or code.");
    }

    @POST
    @Path("/refresh")
    public Response refresh(Requests.Refresh body, @Context HttpServletRequest http) {
        Requests.Refresh request = body == null ? Requests.Refresh.EMPTY : body;
        RefreshSession.Result result =
                refreshSession.refresh(new RefreshSession.Command(request.refreshToken()), RequestOrigins.of(http));
        if (result instanceof RefreshSession.Result.Refreshed refreshed) {
            return TokenResponse.ok(refreshed.tokens());
        }
        return Problems.response(IdentityProblem.INVALID_REFRESH_TOKEN, "Log in again.");
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Response logOut(@Context SecurityContext security, @Context HttpServletRequest http) {
        logOut.logOut(CallerPrincipal.of(security), RequestOrigins.of(http));
        return Response.noContent().build();
    }
}
