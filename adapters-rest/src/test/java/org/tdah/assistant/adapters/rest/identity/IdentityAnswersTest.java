package org.tdah.assistant.adapters.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.ok;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.problem;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.rejected;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tdah.assistant.adapters.rest.shared.AnswerTable;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.IssuedTokens;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.SendSmsCode;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.application.identity.password.ChangePassword;
import org.tdah.assistant.application.identity.password.RequestPasswordReset;
import org.tdah.assistant.application.identity.password.ResetPassword;
import org.tdah.assistant.application.identity.phone.CodeConfirmation;
import org.tdah.assistant.application.identity.phone.CodeRequest;
import org.tdah.assistant.application.identity.phone.DisableSmsSecondFactor;
import org.tdah.assistant.application.identity.profile.ReplacePreferences;
import org.tdah.assistant.application.identity.profile.UpdateProfile;
import org.tdah.assistant.application.identity.profile.ViewPreferences;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.registration.ResendVerificationEmail;
import org.tdah.assistant.application.identity.registration.VerifyEmail;
import org.tdah.assistant.application.identity.sessions.EndSession;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.application.identity.totp.ConfirmTotp;
import org.tdah.assistant.application.identity.totp.DisableTotp;
import org.tdah.assistant.application.identity.totp.RegenerateBackupCodes;
import org.tdah.assistant.application.identity.totp.StartTotpSetup;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Every variant of every identity result gets its own HTTP answer: the status and problem type
 * that docs/api.md promises. The mappings are exhaustive by construction (a {@code Mapping} per
 * result); this test pins what each answer is, and fails when a variant has no row here.
 */
class IdentityAnswersTest {
    private static final Duration WAIT = Duration.ofSeconds(42);
    private static final PhoneNumber PHONE = PhoneNumber.parse("+33612345678");
    private static final IssuedTokens TOKENS = new IssuedTokens(
            new IssuedAccessToken("access", Duration.ofMinutes(15)), "refresh", new SessionId("session-1"));
    private static final Account ACCOUNT = Account.register(new AccountId("account-1"),
            EmailAddress.parse("sam@example.org"), new DisplayName("Sam"), new PasswordHash("$2a$hash"),
            Instant.parse("2026-12-01T09:00:00Z"));

    private static final List<Class<?>> RESULTS = List.of(
            RegisterAccount.Result.class, VerifyEmail.Result.class, ResendVerificationEmail.Result.class,
            LogIn.Result.class, VerifySecondFactor.Result.class, SendSmsCode.Result.class, Reauthenticate.Result.class,
            RefreshSession.Result.class, RequestPasswordReset.Result.class, ResetPassword.Result.class,
            ChangePassword.Result.class, EndSession.Result.class, StartTotpSetup.Result.class, ConfirmTotp.Result.class,
            DisableTotp.Result.class, RegenerateBackupCodes.Result.class, CodeRequest.class, CodeConfirmation.class,
            DisableSmsSecondFactor.Result.class, UpdateProfile.Result.class, ViewPreferences.Result.class,
            ReplacePreferences.Result.class);

    static List<AnswerTable.Case> cases() {
        var validation = GeneralProblem.VALIDATION_FAILED;
        var limited = GeneralProblem.RATE_LIMITED;
        var gone = GeneralProblem.AUTHENTICATION_REQUIRED;
        var stepUp = GeneralProblem.REAUTHENTICATION_REQUIRED;
        var notFound = GeneralProblem.NOT_FOUND;
        return List.of(
                ok(new RegisterAccount.Result.Registered(ACCOUNT),
                        () -> AccountAnswers.of(new RegisterAccount.Result.Registered(ACCOUNT)), 201),
                problem(new RegisterAccount.Result.EmailAlreadyRegistered(),
                        () -> AccountAnswers.of(new RegisterAccount.Result.EmailAlreadyRegistered()),
                        IdentityProblem.EMAIL_ALREADY_REGISTERED),
                rejected(new RegisterAccount.Result.PasswordRejected(List.of("too short")),
                        () -> AccountAnswers.of(new RegisterAccount.Result.PasswordRejected(List.of("too short"))),
                        validation, 422),
                problem(new RegisterAccount.Result.RateLimited(WAIT),
                        () -> AccountAnswers.of(new RegisterAccount.Result.RateLimited(WAIT)), limited),

                ok(new VerifyEmail.Result.Verified(ACCOUNT.id()),
                        () -> AccountAnswers.of(new VerifyEmail.Result.Verified(ACCOUNT.id())), 204),
                problem(new VerifyEmail.Result.InvalidToken(),
                        () -> AccountAnswers.of(new VerifyEmail.Result.InvalidToken()), IdentityProblem.INVALID_TOKEN),
                problem(new VerifyEmail.Result.RateLimited(WAIT),
                        () -> AccountAnswers.of(new VerifyEmail.Result.RateLimited(WAIT)), limited),

                ok(new ResendVerificationEmail.Result.Sent(),
                        () -> AccountAnswers.of(new ResendVerificationEmail.Result.Sent()), 202),
                problem(new ResendVerificationEmail.Result.AlreadyVerified(),
                        () -> AccountAnswers.of(new ResendVerificationEmail.Result.AlreadyVerified()),
                        IdentityProblem.EMAIL_ALREADY_VERIFIED),
                problem(new ResendVerificationEmail.Result.RateLimited(WAIT),
                        () -> AccountAnswers.of(new ResendVerificationEmail.Result.RateLimited(WAIT)), limited),
                problem(new ResendVerificationEmail.Result.NoSuchAccount(),
                        () -> AccountAnswers.of(new ResendVerificationEmail.Result.NoSuchAccount()), gone),

                ok(new LogIn.Result.LoggedIn(TOKENS), () -> AccountAnswers.of(new LogIn.Result.LoggedIn(TOKENS)), 200),
                problem(new LogIn.Result.InvalidCredentials(),
                        () -> AccountAnswers.of(new LogIn.Result.InvalidCredentials()), IdentityProblem.INVALID_CREDENTIALS),
                problem(new LogIn.Result.Throttled(WAIT), () -> AccountAnswers.of(new LogIn.Result.Throttled(WAIT)), limited),
                ok(new LogIn.Result.SecondFactorRequired("mfa", Set.of(SecondFactorMethod.TOTP)),
                        () -> AccountAnswers.of(new LogIn.Result.SecondFactorRequired("mfa", Set.of(SecondFactorMethod.TOTP))),
                        200),

                ok(new VerifySecondFactor.Result.LoggedIn(TOKENS),
                        () -> AccountAnswers.of(new VerifySecondFactor.Result.LoggedIn(TOKENS)), 200),
                problem(new VerifySecondFactor.Result.InvalidMfaToken(),
                        () -> AccountAnswers.of(new VerifySecondFactor.Result.InvalidMfaToken()),
                        IdentityProblem.INVALID_MFA_TOKEN),
                problem(new VerifySecondFactor.Result.WrongCode(),
                        () -> AccountAnswers.of(new VerifySecondFactor.Result.WrongCode()), IdentityProblem.INVALID_MFA_CODE),
                problem(new VerifySecondFactor.Result.Throttled(WAIT),
                        () -> AccountAnswers.of(new VerifySecondFactor.Result.Throttled(WAIT)), limited),

                ok(new SendSmsCode.Result.Sent(PHONE, WAIT), () -> AccountAnswers.of(new SendSmsCode.Result.Sent(PHONE, WAIT)),
                        202),
                problem(new SendSmsCode.Result.InvalidMfaToken(),
                        () -> AccountAnswers.of(new SendSmsCode.Result.InvalidMfaToken()), IdentityProblem.INVALID_MFA_TOKEN),
                problem(new SendSmsCode.Result.NotEnabled(),
                        () -> AccountAnswers.of(new SendSmsCode.Result.NotEnabled()), IdentityProblem.SMS_MFA_NOT_ENABLED),
                problem(new SendSmsCode.Result.Throttled(WAIT),
                        () -> AccountAnswers.of(new SendSmsCode.Result.Throttled(WAIT)), limited),
                problem(new SendSmsCode.Result.Undeliverable(),
                        () -> AccountAnswers.of(new SendSmsCode.Result.Undeliverable()), IdentityProblem.SMS_UNDELIVERABLE),

                ok(new Reauthenticate.Result.Reauthenticated(),
                        () -> AccountAnswers.of(new Reauthenticate.Result.Reauthenticated()), 204),
                problem(new Reauthenticate.Result.WrongCredentials(),
                        () -> AccountAnswers.of(new Reauthenticate.Result.WrongCredentials()),
                        IdentityProblem.INVALID_CREDENTIALS),
                problem(new Reauthenticate.Result.Throttled(WAIT),
                        () -> AccountAnswers.of(new Reauthenticate.Result.Throttled(WAIT)), limited),

                ok(new RefreshSession.Result.Refreshed(TOKENS),
                        () -> AccountAnswers.of(new RefreshSession.Result.Refreshed(TOKENS)), 200),
                problem(new RefreshSession.Result.Refused(),
                        () -> AccountAnswers.of(new RefreshSession.Result.Refused()), IdentityProblem.INVALID_REFRESH_TOKEN),

                ok(new RequestPasswordReset.Result.Accepted(),
                        () -> AccountAnswers.of(new RequestPasswordReset.Result.Accepted()), 202),
                problem(new RequestPasswordReset.Result.RateLimited(WAIT),
                        () -> AccountAnswers.of(new RequestPasswordReset.Result.RateLimited(WAIT)), limited),

                ok(new ResetPassword.Result.Reset(ACCOUNT.id()),
                        () -> AccountAnswers.of(new ResetPassword.Result.Reset(ACCOUNT.id())), 204),
                problem(new ResetPassword.Result.InvalidToken(),
                        () -> AccountAnswers.of(new ResetPassword.Result.InvalidToken()), IdentityProblem.INVALID_TOKEN),
                rejected(new ResetPassword.Result.PasswordRejected(List.of("too short")),
                        () -> AccountAnswers.of(new ResetPassword.Result.PasswordRejected(List.of("too short"))),
                        validation, 422),
                problem(new ResetPassword.Result.RateLimited(WAIT),
                        () -> AccountAnswers.of(new ResetPassword.Result.RateLimited(WAIT)), limited),

                ok(new ChangePassword.Result.Changed(), () -> AccountAnswers.of(new ChangePassword.Result.Changed()), 204),
                problem(new ChangePassword.Result.WrongCurrentPassword(),
                        () -> AccountAnswers.of(new ChangePassword.Result.WrongCurrentPassword()),
                        IdentityProblem.WRONG_CURRENT_PASSWORD),
                rejected(new ChangePassword.Result.PasswordRejected(List.of("too short")),
                        () -> AccountAnswers.of(new ChangePassword.Result.PasswordRejected(List.of("too short"))),
                        validation, 422),
                problem(new ChangePassword.Result.Throttled(WAIT),
                        () -> AccountAnswers.of(new ChangePassword.Result.Throttled(WAIT)), limited),
                problem(new ChangePassword.Result.NoSuchAccount(),
                        () -> AccountAnswers.of(new ChangePassword.Result.NoSuchAccount()), gone),

                ok(new EndSession.Result.Ended(), () -> AccountAnswers.of(new EndSession.Result.Ended()), 204),
                problem(new EndSession.Result.NoSuchSession(),
                        () -> AccountAnswers.of(new EndSession.Result.NoSuchSession()), notFound),

                ok(new StartTotpSetup.Result.Started(new StartTotpSetup.Setup("SECRET", "otpauth://totp/x")),
                        () -> SecondFactorAnswers.of(new StartTotpSetup.Result.Started(
                                new StartTotpSetup.Setup("SECRET", "otpauth://totp/x"))), 200),
                problem(new StartTotpSetup.Result.AlreadyEnabled(),
                        () -> SecondFactorAnswers.of(new StartTotpSetup.Result.AlreadyEnabled()),
                        IdentityProblem.TOTP_ALREADY_ENABLED),
                problem(new StartTotpSetup.Result.NoSuchAccount(),
                        () -> SecondFactorAnswers.of(new StartTotpSetup.Result.NoSuchAccount()), gone),

                ok(new ConfirmTotp.Result.Enabled(List.of("code")),
                        () -> SecondFactorAnswers.of(new ConfirmTotp.Result.Enabled(List.of("code"))), 200),
                problem(new ConfirmTotp.Result.AlreadyEnabled(),
                        () -> SecondFactorAnswers.of(new ConfirmTotp.Result.AlreadyEnabled()),
                        IdentityProblem.TOTP_ALREADY_ENABLED),
                problem(new ConfirmTotp.Result.NothingToConfirm(),
                        () -> SecondFactorAnswers.of(new ConfirmTotp.Result.NothingToConfirm()),
                        IdentityProblem.NOTHING_TO_CONFIRM),
                rejected(new ConfirmTotp.Result.WrongCode(),
                        () -> SecondFactorAnswers.of(new ConfirmTotp.Result.WrongCode()), validation, 422),
                problem(new ConfirmTotp.Result.NoSuchAccount(),
                        () -> SecondFactorAnswers.of(new ConfirmTotp.Result.NoSuchAccount()), gone),

                ok(new DisableTotp.Result.Disabled(), () -> SecondFactorAnswers.of(new DisableTotp.Result.Disabled()), 204),
                problem(new DisableTotp.Result.NotEnabled(),
                        () -> SecondFactorAnswers.of(new DisableTotp.Result.NotEnabled()), IdentityProblem.TOTP_NOT_ENABLED),
                problem(new DisableTotp.Result.ReauthenticationRequired(),
                        () -> SecondFactorAnswers.of(new DisableTotp.Result.ReauthenticationRequired()), stepUp),
                problem(new DisableTotp.Result.NoSuchAccount(),
                        () -> SecondFactorAnswers.of(new DisableTotp.Result.NoSuchAccount()), gone),

                ok(new RegenerateBackupCodes.Result.Issued(List.of("code")),
                        () -> SecondFactorAnswers.of(new RegenerateBackupCodes.Result.Issued(List.of("code"))), 200),
                problem(new RegenerateBackupCodes.Result.NotEnabled(),
                        () -> SecondFactorAnswers.of(new RegenerateBackupCodes.Result.NotEnabled()),
                        IdentityProblem.TOTP_NOT_ENABLED),
                problem(new RegenerateBackupCodes.Result.ReauthenticationRequired(),
                        () -> SecondFactorAnswers.of(new RegenerateBackupCodes.Result.ReauthenticationRequired()), stepUp),

                ok(new CodeRequest.Sent(PHONE, WAIT), () -> SecondFactorAnswers.of(new CodeRequest.Sent(PHONE, WAIT)), 202),
                problem(new CodeRequest.Throttled(WAIT), () -> SecondFactorAnswers.of(new CodeRequest.Throttled(WAIT)), limited),
                rejected(new CodeRequest.CannotReceiveSms(),
                        () -> SecondFactorAnswers.of(new CodeRequest.CannotReceiveSms()), validation, 422),
                problem(new CodeRequest.Unsubscribed(),
                        () -> SecondFactorAnswers.of(new CodeRequest.Unsubscribed()), IdentityProblem.SMS_UNDELIVERABLE),
                problem(new CodeRequest.ReauthenticationRequired(),
                        () -> SecondFactorAnswers.of(new CodeRequest.ReauthenticationRequired()), stepUp),
                problem(new CodeRequest.NoSuchAccount(), () -> SecondFactorAnswers.of(new CodeRequest.NoSuchAccount()), gone),

                ok(new CodeConfirmation.Verified(PHONE, true),
                        () -> SecondFactorAnswers.of(new CodeConfirmation.Verified(PHONE, true)), 200),
                rejected(new CodeConfirmation.WrongCode(),
                        () -> SecondFactorAnswers.of(new CodeConfirmation.WrongCode()), validation, 422),
                problem(new CodeConfirmation.NoUsableCode(),
                        () -> SecondFactorAnswers.of(new CodeConfirmation.NoUsableCode()), IdentityProblem.NOTHING_TO_CONFIRM),
                problem(new CodeConfirmation.PhoneInUse(),
                        () -> SecondFactorAnswers.of(new CodeConfirmation.PhoneInUse()), IdentityProblem.PHONE_IN_USE),
                problem(new CodeConfirmation.NoSuchAccount(),
                        () -> SecondFactorAnswers.of(new CodeConfirmation.NoSuchAccount()), gone),

                ok(new DisableSmsSecondFactor.Result.Disabled(),
                        () -> SecondFactorAnswers.of(new DisableSmsSecondFactor.Result.Disabled()), 204),
                problem(new DisableSmsSecondFactor.Result.NotEnabled(),
                        () -> SecondFactorAnswers.of(new DisableSmsSecondFactor.Result.NotEnabled()),
                        IdentityProblem.SMS_MFA_NOT_ENABLED),
                problem(new DisableSmsSecondFactor.Result.ReauthenticationRequired(),
                        () -> SecondFactorAnswers.of(new DisableSmsSecondFactor.Result.ReauthenticationRequired()), stepUp),
                problem(new DisableSmsSecondFactor.Result.NoSuchAccount(),
                        () -> SecondFactorAnswers.of(new DisableSmsSecondFactor.Result.NoSuchAccount()), gone),

                ok(new UpdateProfile.Result.Updated(ACCOUNT),
                        () -> ProfileAnswers.of(new UpdateProfile.Result.Updated(ACCOUNT), roles -> List.of()), 200),
                problem(new UpdateProfile.Result.NoSuchAccount(),
                        () -> ProfileAnswers.of(new UpdateProfile.Result.NoSuchAccount(), roles -> List.of()), gone),

                ok(new ViewPreferences.Result.Found(Preferences.DEFAULTS),
                        () -> ProfileAnswers.of(new ViewPreferences.Result.Found(Preferences.DEFAULTS)), 200),
                problem(new ViewPreferences.Result.NoSuchAccount(),
                        () -> ProfileAnswers.of(new ViewPreferences.Result.NoSuchAccount()), gone),

                ok(new ReplacePreferences.Result.Replaced(Preferences.DEFAULTS),
                        () -> ProfileAnswers.of(new ReplacePreferences.Result.Replaced(Preferences.DEFAULTS)), 200),
                problem(new ReplacePreferences.Result.NoSuchAccount(),
                        () -> ProfileAnswers.of(new ReplacePreferences.Result.NoSuchAccount()), gone));
    }

    @TestFactory
    Stream<DynamicTest> each_variant_gets_its_own_status_and_problem_type() {
        return AnswerTable.eachAnswered(cases());
    }

    @Test
    void every_variant_of_every_identity_result_has_a_row_here() {
        AnswerTable.assertEveryVariantHasARow(RESULTS, cases());
    }

    @Test
    void rate_limited_answers_say_when_to_come_back() {
        Response response = AccountAnswers.of(new LogIn.Result.Throttled(WAIT));
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("42");
    }

}
