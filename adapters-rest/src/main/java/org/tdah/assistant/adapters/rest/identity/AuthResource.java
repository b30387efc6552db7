package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.Problems;
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
 * re-authentication for sensitive changes, refresh with rotation, logout. Login, the second step and
 * refresh hand the refresh token over in the JSON body, or, with {@code X-Token-Transport: cookie}
 * (the web app), in an {@code HttpOnly} cookie ({@link RefreshCookie}); a refresh without a token in
 * its body takes the cookie's, once {@link CsrfCheck} let the request through.
 */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private static final String TRANSPORT_DESCRIPTION = "cookie: the refresh token goes into the HttpOnly "
            + RefreshCookie.NAME + " cookie (Path=/api/v1/auth; Secure; SameSite=Strict) instead of the body, for browser "
            + "clients; absent or body: in the JSON body";
    private static final String SET_COOKIE_DESCRIPTION = "With X-Token-Transport: cookie: " + RefreshCookie.NAME
            + "=<refresh token>; Path=/api/v1/auth; Max-Age=<session lifetime in seconds>; Secure; HttpOnly; SameSite=Strict";
    private final RegisterAccount registerAccount;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final VerifySecondFactor verifySecondFactor;
    private final Reauthenticate reauthenticate;
    private final SendSmsCode sendSmsCode;
    private final RefreshCookie cookie;
    private final CsrfCheck csrf;

    public AuthResource(RegisterAccount registerAccount, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
            VerifySecondFactor verifySecondFactor, Reauthenticate reauthenticate, SendSmsCode sendSmsCode,
            RefreshCookie cookie, CsrfCheck csrf) {
        this.cookie = cookie;
        this.csrf = csrf;
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
                RegisterAccount.Command.of(request.email(), request.password(), request.displayName(),
                        request.timezone(), request.locale()),
                RequestOrigins.of(http)));
    }

    @POST
    @Path("/login")
    @Public
    @Operation(summary = "Log in with email and password", operationId = "logIn")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE, description = SET_COOKIE_DESCRIPTION,
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(oneOf = {TokenResponse.class, AccountAnswers.MfaChallenge.class})))
    @ApiResponse(responseCode = "401", description = "The email address or the password is wrong")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts")
    public Response logIn(Requests.LogIn body, @HeaderParam(TokenTransport.HEADER) @Parameter(description = TRANSPORT_DESCRIPTION,
                    schema = @Schema(type = "string", allowableValues = {"cookie", "body"})) String transport,
            @Context HttpServletRequest http) {
        Optional<TokenTransport> delivery = TokenTransport.of(transport);
        if (delivery.isEmpty()) {
            return unknownTransport();
        }
        Requests.LogIn request = body == null ? Requests.LogIn.EMPTY : body;
        return AccountAnswers.of(logIn.logIn(new LogIn.Command(request.email(), request.password()), RequestOrigins.of(http)),
                TokenDelivery.of(delivery.get(), cookie));
    }

    @POST
    @Path("/mfa/verify")
    @Public
    @Operation(summary = "Finish a two-step login with a second factor", operationId = "verifySecondFactor")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE, description = SET_COOKIE_DESCRIPTION,
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "The login step expired or the code is wrong")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts")
    public Response verifyMfa(Requests.VerifySecondFactor body, @HeaderParam(TokenTransport.HEADER) @Parameter(description = TRANSPORT_DESCRIPTION,
                    schema = @Schema(type = "string", allowableValues = {"cookie", "body"})) String transport,
            @Context HttpServletRequest http) {
        Optional<TokenTransport> delivery = TokenTransport.of(transport);
        if (delivery.isEmpty()) {
            return unknownTransport();
        }
        Requests.VerifySecondFactor request = body == null ? Requests.VerifySecondFactor.EMPTY : body;
        return AccountAnswers.of(verifySecondFactor.verify(
                VerifySecondFactor.Command.of(request.mfaToken(), request.method(), request.code()), RequestOrigins.of(http)),
                TokenDelivery.of(delivery.get(), cookie));
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
    @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, schema = @Schema(type = "string"),
            description = "The refresh token a cookie-mode login set; used when the body has no refreshToken, and then "
                    + "only with X-Token-Transport: cookie from the app's own origin (else 403 csrf-rejected)")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE, description = SET_COOKIE_DESCRIPTION,
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "The refresh token is not valid (in cookie mode the cookie is cleared)",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = "In cookie mode: the refresh cookie cleared (Max-Age=0)",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "A refresh by the cookie without X-Token-Transport: cookie, from "
            + "another origin, or with two refresh cookies (csrf-rejected); nothing changed")
    public Response refresh(Requests.Refresh body, @HeaderParam(TokenTransport.HEADER) @Parameter(description = TRANSPORT_DESCRIPTION,
                    schema = @Schema(type = "string", allowableValues = {"cookie", "body"})) String transport,
            @Context HttpServletRequest http) {
        Optional<TokenTransport> delivery = TokenTransport.of(transport);
        if (delivery.isEmpty()) {
            return unknownTransport();
        }
        Requests.Refresh request = body == null ? Requests.Refresh.EMPTY : body;
        String refreshToken = request.refreshToken();
        TokenDelivery answer = TokenDelivery.of(delivery.get(), cookie);
        if (refreshToken == null) {
            RefreshCookie.Presented presented = RefreshCookie.in(cookieHeaders(http));
            if (presented instanceof RefreshCookie.Presented.Several) {
                return Problems.response(IdentityProblem.CSRF_REJECTED,
                        "The request carries more than one refresh cookie; log in again.");
            }
            if (presented instanceof RefreshCookie.Presented.One one) {
                Optional<String> refusal = csrf.refusal(transport, http.getHeader("Sec-Fetch-Site"), http.getHeader("Origin"));
                if (refusal.isPresent()) {
                    return Problems.response(IdentityProblem.CSRF_REJECTED, refusal.get());
                }
                refreshToken = one.token();
                answer = TokenDelivery.inCookie(cookie);
            }
        }
        return AccountAnswers.of(refreshSession.refresh(new RefreshSession.Command(refreshToken), RequestOrigins.of(http)),
                answer);
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(summary = "Log out: end the current session", operationId = "logOut")
    @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, schema = @Schema(type = "string"),
            description = "The refresh cookie of a cookie-mode login: cleared by the answer (the session ends either way)")
    @ApiResponse(responseCode = "204", description = "No content",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = "With X-Token-Transport: cookie or a refresh "
                    + "cookie in the request: the refresh cookie cleared (Max-Age=0)", schema = @Schema(type = "string")))
    public Response logOut(@HeaderParam(TokenTransport.HEADER) @Parameter(description = TRANSPORT_DESCRIPTION,
                    schema = @Schema(type = "string", allowableValues = {"cookie", "body"})) String transport, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        logOut.logOut(CallerPrincipal.of(security), RequestOrigins.of(http));
        Response.ResponseBuilder answer = Response.noContent();
        if (TokenTransport.of(transport).orElse(TokenTransport.BODY) == TokenTransport.COOKIE
                || !(RefreshCookie.in(cookieHeaders(http)) instanceof RefreshCookie.Presented.None)) {
            answer.header(HttpHeaders.SET_COOKIE, cookie.cleared());
        }
        return answer.build();
    }

    private static List<String> cookieHeaders(HttpServletRequest http) {
        return http.getHeaders(HttpHeaders.COOKIE) == null ? List.of() : Collections.list(http.getHeaders(HttpHeaders.COOKIE));
    }

    private static Response unknownTransport() {
        return Problems.validation(List.of(new Problem.FieldProblem(TokenTransport.HEADER, "must be cookie or body")));
    }
}
