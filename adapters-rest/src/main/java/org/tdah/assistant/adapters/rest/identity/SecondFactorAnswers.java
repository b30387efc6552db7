package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.phone.CodeConfirmation;
import org.tdah.assistant.application.identity.phone.CodeRequest;
import org.tdah.assistant.application.identity.phone.DisableSmsSecondFactor;
import org.tdah.assistant.application.identity.totp.ConfirmTotp;
import org.tdah.assistant.application.identity.totp.DisableTotp;
import org.tdah.assistant.application.identity.totp.RegenerateBackupCodes;
import org.tdah.assistant.application.identity.totp.StartTotpSetup;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The HTTP answer to every result of the second-factor and phone use cases
 * ({@code /mfa/...} and {@code /users/me/phone}). Each is a {@code Mapping} of its result: a new
 * variant does not compile until it is answered here.
 */
final class SecondFactorAnswers {
    private static final String ACCOUNT_GONE = "The account of this token no longer exists.";
    private static final String START_TOTP = "Start with POST /api/v1/mfa/totp/setup.";

    private SecondFactorAnswers() {}

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

    /** Where a code went (only the last digits) and for how many seconds it works. */
    public record CodeSent(String sentTo, long expiresIn) {
        static CodeSent of(PhoneNumber phone, Duration expiresIn) {
            return new CodeSent(phone.masked(), expiresIn.toSeconds());
        }
    }

    /** The account's phone, as its owner sees it. */
    public record VerifiedPhone(String phone, boolean verified, boolean smsMfa) {}

    static Response of(StartTotpSetup.Result result) {
        return result.map(new StartTotpSetup.Result.Mapping<>() {
            @Override
            public Response on(StartTotpSetup.Result.Started started) {
                return noStore(Response.ok(new TotpSetup(started.setup().secret(), started.setup().otpauthUri(),
                        "/api/v1/mfa/totp/qr.png")));
            }

            @Override
            public Response on(StartTotpSetup.Result.AlreadyEnabled alreadyEnabled) {
                return totpAlreadyEnabled();
            }

            @Override
            public Response on(StartTotpSetup.Result.NoSuchAccount noSuchAccount) {
                return accountGone();
            }
        });
    }

    static Response of(ConfirmTotp.Result result) {
        return result.map(new ConfirmTotp.Result.Mapping<>() {
            @Override
            public Response on(ConfirmTotp.Result.Enabled enabled) {
                return noStore(Response.ok(new IssuedBackupCodes(enabled.backupCodes())));
            }

            @Override
            public Response on(ConfirmTotp.Result.AlreadyEnabled alreadyEnabled) {
                return totpAlreadyEnabled();
            }

            @Override
            public Response on(ConfirmTotp.Result.NothingToConfirm nothingToConfirm) {
                return Problems.response(IdentityProblem.NOTHING_TO_CONFIRM, START_TOTP);
            }

            @Override
            public Response on(ConfirmTotp.Result.WrongCode wrongCode) {
                return Problems.validation(List.of(new Problem.FieldProblem("code",
                        "is not the current code of your app; check its clock and type the newest code")));
            }

            @Override
            public Response on(ConfirmTotp.Result.NoSuchAccount noSuchAccount) {
                return accountGone();
            }
        });
    }

    static Response of(DisableTotp.Result result) {
        return result.map(new DisableTotp.Result.Mapping<>() {
            @Override
            public Response on(DisableTotp.Result.Disabled disabled) {
                return Response.noContent().build();
            }

            @Override
            public Response on(DisableTotp.Result.NotEnabled notEnabled) {
                return totpNotEnabled();
            }

            @Override
            public Response on(DisableTotp.Result.ReauthenticationRequired reauthenticationRequired) {
                return Problems.reauthenticationRequired();
            }

            @Override
            public Response on(DisableTotp.Result.NoSuchAccount noSuchAccount) {
                return accountGone();
            }
        });
    }

    static Response of(RegenerateBackupCodes.Result result) {
        return result.map(new RegenerateBackupCodes.Result.Mapping<>() {
            @Override
            public Response on(RegenerateBackupCodes.Result.Issued issued) {
                return noStore(Response.ok(new IssuedBackupCodes(issued.backupCodes())));
            }

            @Override
            public Response on(RegenerateBackupCodes.Result.NotEnabled notEnabled) {
                return totpNotEnabled();
            }

            @Override
            public Response on(RegenerateBackupCodes.Result.ReauthenticationRequired reauthenticationRequired) {
                return Problems.reauthenticationRequired();
            }
        });
    }

    static Response of(CodeRequest result) {
        return result.map(new CodeRequest.Mapping<>() {
            @Override
            public Response on(CodeRequest.Sent sent) {
                return Response.accepted(CodeSent.of(sent.phone(), sent.expiresIn())).build();
            }

            @Override
            public Response on(CodeRequest.Throttled throttled) {
                return tooManyCodes(throttled.retryAfter());
            }

            @Override
            public Response on(CodeRequest.CannotReceiveSms cannotReceiveSms) {
                return Problems.validation(List.of(new Problem.FieldProblem("phone", "cannot receive text messages")));
            }

            @Override
            public Response on(CodeRequest.Unsubscribed unsubscribed) {
                return Problems.response(IdentityProblem.SMS_UNDELIVERABLE,
                        "This number replied STOP to us; text START to our number to allow texts again.");
            }

            @Override
            public Response on(CodeRequest.ReauthenticationRequired reauthenticationRequired) {
                return Problems.reauthenticationRequired();
            }

            @Override
            public Response on(CodeRequest.NoSuchAccount noSuchAccount) {
                return accountGone();
            }
        });
    }

    static Response of(CodeConfirmation result) {
        return result.map(new CodeConfirmation.Mapping<>() {
            @Override
            public Response on(CodeConfirmation.Verified verified) {
                return Response.ok(new VerifiedPhone(verified.phone().value(), true, verified.smsSecondFactor())).build();
            }

            @Override
            public Response on(CodeConfirmation.WrongCode wrongCode) {
                return Problems.validation(List.of(new Problem.FieldProblem("code", "is not the code we sent")));
            }

            @Override
            public Response on(CodeConfirmation.NoUsableCode noUsableCode) {
                return Problems.response(IdentityProblem.NOTHING_TO_CONFIRM,
                        "No code is waiting: it expired, was used or was tried too often. Ask for a new one.");
            }

            @Override
            public Response on(CodeConfirmation.PhoneInUse phoneInUse) {
                return Problems.response(IdentityProblem.PHONE_IN_USE,
                        "Use another number, or remove it from the other account.");
            }

            @Override
            public Response on(CodeConfirmation.NoSuchAccount noSuchAccount) {
                return accountGone();
            }
        });
    }

    static Response of(DisableSmsSecondFactor.Result result) {
        return result.map(new DisableSmsSecondFactor.Result.Mapping<>() {
            @Override
            public Response on(DisableSmsSecondFactor.Result.Disabled disabled) {
                return Response.noContent().build();
            }

            @Override
            public Response on(DisableSmsSecondFactor.Result.NotEnabled notEnabled) {
                return Problems.response(IdentityProblem.SMS_MFA_NOT_ENABLED, "Turn it on with POST /api/v1/mfa/sms/setup.");
            }

            @Override
            public Response on(DisableSmsSecondFactor.Result.ReauthenticationRequired reauthenticationRequired) {
                return Problems.reauthenticationRequired();
            }

            @Override
            public Response on(DisableSmsSecondFactor.Result.NoSuchAccount noSuchAccount) {
                return accountGone();
            }
        });
    }

    static Response tooManyCodes(Duration retryAfter) {
        return Problems.rateLimited(retryAfter, "At most 3 codes per 15 minutes for an account and for a number.");
    }

    static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }

    private static Response totpAlreadyEnabled() {
        return Problems.response(IdentityProblem.TOTP_ALREADY_ENABLED, "Turn it off first to use another app.");
    }

    private static Response totpNotEnabled() {
        return Problems.response(IdentityProblem.TOTP_NOT_ENABLED, "Turn on two-step login first.");
    }

    private static Response accountGone() {
        return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, ACCOUNT_GONE);
    }
}
