package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.SendSmsCode;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.application.identity.password.ChangePassword;
import org.tdah.assistant.application.identity.password.RequestPasswordReset;
import org.tdah.assistant.application.identity.password.ResetPassword;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.registration.ResendVerificationEmail;
import org.tdah.assistant.application.identity.registration.VerifyEmail;
import org.tdah.assistant.application.identity.sessions.EndSession;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.domain.identity.SecondFactorMethod;

/**
 * The HTTP answer to every result of the account, login, password and session use cases. Each is
 * a {@code Mapping} of its result: a variant added to a result does not compile until it is
 * answered here, so no rejection can slip through as a 200.
 */
final class AccountAnswers {
    private static final String ACCOUNT_GONE = "The account of this token no longer exists.";
    private static final String TOO_MANY_FAILURES = "Too many failed attempts; wait, or reset your password.";

    private AccountAnswers() {}

    /** The answer of a login whose second factor must follow. */
    public record MfaChallenge(boolean mfaRequired, String mfaToken, List<String> methods) {
        @Override
        public String toString() {
            return "MfaChallenge[redacted, methods=" + methods + "]";
        }
    }

    static Response of(RegisterAccount.Result result) {
        return result.map(new RegisterAccount.Result.Mapping<>() {
            @Override
            public Response on(RegisterAccount.Result.Registered registered) {
                return Response.created(URI.create("/api/v1/users/me"))
                        .entity(AccountRepresentation.of(registered.account()))
                        .build();
            }

            @Override
            public Response on(RegisterAccount.Result.EmailAlreadyRegistered alreadyRegistered) {
                return Problems.response(IdentityProblem.EMAIL_ALREADY_REGISTERED,
                        "Log in, or reset your password if you forgot it.");
            }

            @Override
            public Response on(RegisterAccount.Result.PasswordRejected rejected) {
                return Problems.fieldRejected("password", rejected.reasons());
            }

            @Override
            public Response on(RegisterAccount.Result.RateLimited limited) {
                return Problems.rateLimited(limited.retryAfter(),
                        "Too many registrations from your network; try again later.");
            }
        });
    }

    static Response of(VerifyEmail.Result result) {
        return result.map(new VerifyEmail.Result.Mapping<>() {
            @Override
            public Response on(VerifyEmail.Result.Verified verified) {
                return Response.noContent().build();
            }

            @Override
            public Response on(VerifyEmail.Result.InvalidToken invalidToken) {
                return Problems.response(IdentityProblem.INVALID_TOKEN, "Ask for a new verification email.");
            }

            @Override
            public Response on(VerifyEmail.Result.RateLimited limited) {
                return Problems.rateLimited(limited.retryAfter(), "Too many attempts from your network; try again later.");
            }
        });
    }

    static Response of(ResendVerificationEmail.Result result) {
        return result.map(new ResendVerificationEmail.Result.Mapping<>() {
            @Override
            public Response on(ResendVerificationEmail.Result.Sent sent) {
                return Response.accepted().build();
            }

            @Override
            public Response on(ResendVerificationEmail.Result.AlreadyVerified alreadyVerified) {
                return Problems.response(IdentityProblem.EMAIL_ALREADY_VERIFIED, "Nothing to do: your address is verified.");
            }

            @Override
            public Response on(ResendVerificationEmail.Result.RateLimited limited) {
                return Problems.rateLimited(limited.retryAfter(),
                        "A verification email was sent recently; check your inbox.");
            }

            @Override
            public Response on(ResendVerificationEmail.Result.NoSuchAccount noSuchAccount) {
                return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, ACCOUNT_GONE);
            }
        });
    }

    static Response of(LogIn.Result result) {
        return of(result, TokenDelivery.BODY);
    }

    static Response of(LogIn.Result result, TokenDelivery delivery) {
        return result.map(new LogIn.Result.Mapping<>() {
            @Override
            public Response on(LogIn.Result.LoggedIn loggedIn) {
                return delivery.tokens(loggedIn.tokens());
            }

            @Override
            public Response on(LogIn.Result.InvalidCredentials invalidCredentials) {
                return Problems.response(IdentityProblem.INVALID_CREDENTIALS, "Check the email address and the password.");
            }

            @Override
            public Response on(LogIn.Result.Throttled throttled) {
                return Problems.rateLimited(throttled.retryAfter(),
                        "Too many failed attempts for this account or from your network; wait, or reset your password.");
            }

            @Override
            public Response on(LogIn.Result.SecondFactorRequired required) {
                return Response.ok(new MfaChallenge(true, required.mfaToken(),
                                required.methods().stream().map(SecondFactorMethod::wireName).toList()))
                        .header("Cache-Control", "no-store")
                        .build();
            }
        });
    }

    static Response of(VerifySecondFactor.Result result) {
        return of(result, TokenDelivery.BODY);
    }

    static Response of(VerifySecondFactor.Result result, TokenDelivery delivery) {
        return result.map(new VerifySecondFactor.Result.Mapping<>() {
            @Override
            public Response on(VerifySecondFactor.Result.LoggedIn loggedIn) {
                return delivery.tokens(loggedIn.tokens());
            }

            @Override
            public Response on(VerifySecondFactor.Result.InvalidMfaToken invalidMfaToken) {
                return Problems.response(IdentityProblem.INVALID_MFA_TOKEN, "Log in again with your password.");
            }

            @Override
            public Response on(VerifySecondFactor.Result.WrongCode wrongCode) {
                return Problems.response(IdentityProblem.INVALID_MFA_CODE, "Type the newest code, or a backup code.");
            }

            @Override
            public Response on(VerifySecondFactor.Result.Throttled throttled) {
                return Problems.rateLimited(throttled.retryAfter(), TOO_MANY_FAILURES);
            }
        });
    }

    static Response of(SendSmsCode.Result result) {
        return result.map(new SendSmsCode.Result.Mapping<>() {
            @Override
            public Response on(SendSmsCode.Result.Sent sent) {
                return Response.accepted(SecondFactorAnswers.CodeSent.of(sent.phone(), sent.expiresIn())).build();
            }

            @Override
            public Response on(SendSmsCode.Result.InvalidMfaToken invalidMfaToken) {
                return Problems.response(IdentityProblem.INVALID_MFA_TOKEN, "Log in again with your password.");
            }

            @Override
            public Response on(SendSmsCode.Result.NotEnabled notEnabled) {
                return Problems.response(IdentityProblem.SMS_MFA_NOT_ENABLED, "Use your password or another second factor.");
            }

            @Override
            public Response on(SendSmsCode.Result.Throttled throttled) {
                return SecondFactorAnswers.tooManyCodes(throttled.retryAfter());
            }

            @Override
            public Response on(SendSmsCode.Result.Undeliverable undeliverable) {
                return Problems.response(IdentityProblem.SMS_UNDELIVERABLE, "Use your authenticator app or a backup code.");
            }
        });
    }

    static Response of(Reauthenticate.Result result) {
        return result.map(new Reauthenticate.Result.Mapping<>() {
            @Override
            public Response on(Reauthenticate.Result.Reauthenticated reauthenticated) {
                return Response.noContent().build();
            }

            @Override
            public Response on(Reauthenticate.Result.WrongCredentials wrongCredentials) {
                return Problems.response(IdentityProblem.INVALID_CREDENTIALS, "Check your password or code.");
            }

            @Override
            public Response on(Reauthenticate.Result.Throttled throttled) {
                return Problems.rateLimited(throttled.retryAfter(), TOO_MANY_FAILURES);
            }
        });
    }

    static Response of(RefreshSession.Result result) {
        return of(result, TokenDelivery.BODY);
    }

    static Response of(RefreshSession.Result result, TokenDelivery delivery) {
        return result.map(new RefreshSession.Result.Mapping<>() {
            @Override
            public Response on(RefreshSession.Result.Refreshed refreshed) {
                return delivery.tokens(refreshed.tokens());
            }

            @Override
            public Response on(RefreshSession.Result.Refused refused) {
                return delivery.refused(Problems.response(IdentityProblem.INVALID_REFRESH_TOKEN, "Log in again."));
            }
        });
    }

    static Response of(RequestPasswordReset.Result result) {
        return result.map(new RequestPasswordReset.Result.Mapping<>() {
            @Override
            public Response on(RequestPasswordReset.Result.Accepted accepted) {
                return Response.accepted().build();
            }

            @Override
            public Response on(RequestPasswordReset.Result.RateLimited limited) {
                return Problems.rateLimited(limited.retryAfter(),
                        "Several reset emails were sent recently; check your inbox.");
            }
        });
    }

    static Response of(ResetPassword.Result result) {
        return result.map(new ResetPassword.Result.Mapping<>() {
            @Override
            public Response on(ResetPassword.Result.Reset reset) {
                return Response.noContent().build();
            }

            @Override
            public Response on(ResetPassword.Result.InvalidToken invalidToken) {
                return Problems.response(IdentityProblem.INVALID_TOKEN, "Ask for a new password reset email.");
            }

            @Override
            public Response on(ResetPassword.Result.PasswordRejected rejected) {
                return Problems.fieldRejected("newPassword", rejected.reasons());
            }

            @Override
            public Response on(ResetPassword.Result.RateLimited limited) {
                return Problems.rateLimited(limited.retryAfter(), "Too many attempts from your network; try again later.");
            }
        });
    }

    static Response of(ChangePassword.Result result) {
        return result.map(new ChangePassword.Result.Mapping<>() {
            @Override
            public Response on(ChangePassword.Result.Changed changed) {
                return Response.noContent().build();
            }

            @Override
            public Response on(ChangePassword.Result.WrongCurrentPassword wrongCurrentPassword) {
                return Problems.response(IdentityProblem.WRONG_CURRENT_PASSWORD, "Type your current password again.");
            }

            @Override
            public Response on(ChangePassword.Result.PasswordRejected rejected) {
                return Problems.fieldRejected("newPassword", rejected.reasons());
            }

            @Override
            public Response on(ChangePassword.Result.Throttled throttled) {
                return Problems.rateLimited(throttled.retryAfter(), TOO_MANY_FAILURES);
            }

            @Override
            public Response on(ChangePassword.Result.NoSuchAccount noSuchAccount) {
                return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, ACCOUNT_GONE);
            }
        });
    }

    static Response of(EndSession.Result result) {
        return result.map(new EndSession.Result.Mapping<>() {
            @Override
            public Response on(EndSession.Result.Ended ended) {
                return Response.noContent().build();
            }

            @Override
            public Response on(EndSession.Result.NoSuchSession noSuchSession) {
                return Problems.response(GeneralProblem.NOT_FOUND, "You have no session with this id.");
            }
        });
    }
}
