package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.phone.ManagePhone;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** The HTTP answers to changes of the phone, shared by {@code /users/me/phone} and {@code /mfa/sms}. */
final class PhoneAnswers {

    /** Where a code went (only the last digits) and for how many seconds it works. */
    public record CodeSent(String sentTo, long expiresIn) {
        static CodeSent of(PhoneNumber phone, Duration expiresIn) {
            return new CodeSent(phone.masked(), expiresIn.toSeconds());
        }
    }

    /** The account's phone, as its owner sees it. */
    public record VerifiedPhone(String phone, boolean verified, boolean smsMfa) {}

    private PhoneAnswers() {}

    static Response of(ManagePhone.Result result) {
        if (result instanceof ManagePhone.Result.CodeSent sent) {
            return Response.accepted(CodeSent.of(sent.phone(), sent.expiresIn())).build();
        }
        if (result instanceof ManagePhone.Result.Verified verified) {
            return Response.ok(new VerifiedPhone(verified.phone().value(), true, verified.smsMfa())).build();
        }
        if (result instanceof ManagePhone.Result.SmsMfaDisabled) {
            return Response.noContent().build();
        }
        if (result instanceof ManagePhone.Result.Throttled throttled) {
            return tooManyCodes(throttled.retryAfter());
        }
        if (result instanceof ManagePhone.Result.CannotReceiveSms) {
            return Problems.validation(List.of(new Problem.FieldProblem("phone", "cannot receive text messages")));
        }
        if (result instanceof ManagePhone.Result.Unsubscribed) {
            return Problems.response(IdentityProblem.SMS_UNDELIVERABLE,
                    "This number replied STOP to us; text START to our number to allow texts again.");
        }
        if (result instanceof ManagePhone.Result.WrongCode) {
            return Problems.validation(List.of(new Problem.FieldProblem("code", "is not the code we sent")));
        }
        if (result instanceof ManagePhone.Result.NoUsableCode) {
            return Problems.response(IdentityProblem.NOTHING_TO_CONFIRM,
                    "No code is waiting: it expired, was used or was tried too often. Ask for a new one.");
        }
        if (result instanceof ManagePhone.Result.PhoneInUse) {
            return Problems.response(IdentityProblem.PHONE_IN_USE, "Use another number, or remove it from the other account.");
        }
        if (result instanceof ManagePhone.Result.NotEnabled) {
            return Problems.response(IdentityProblem.SMS_MFA_NOT_ENABLED, "Turn it on with POST /api/v1/mfa/sms/setup.");
        }
        if (result instanceof ManagePhone.Result.ReauthenticationRequired) {
            return Problems.reauthenticationRequired();
        }
        return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, "The account of this token no longer exists.");
    }

    static Response tooManyCodes(Duration retryAfter) {
        return Problems.rateLimited(retryAfter, "At most 3 codes per 15 minutes for an account and for a number.");
    }
}
