package org.tdah.assistant.adapters.rest.identity;

import org.tdah.assistant.adapters.rest.shared.ProblemType;

/** The problems of the identity context: credentials, tokens, codes and second factors. */
public enum IdentityProblem implements ProblemType {
    INVALID_TOKEN(400, "invalid-or-expired-token", "This link or code is invalid, used or expired"),
    INVALID_CREDENTIALS(401, "invalid-credentials", "The email address or the password is wrong"),
    INVALID_REFRESH_TOKEN(401, "invalid-refresh-token", "This refresh token is not valid"),
    INVALID_MFA_TOKEN(401, "invalid-mfa-token", "This login step has expired"),
    INVALID_MFA_CODE(401, "invalid-mfa-code", "This code is wrong or was already used"),
    CSRF_REJECTED(403, "csrf-rejected", "This request did not come from the app's own pages"),
    WRONG_CURRENT_PASSWORD(403, "wrong-current-password", "The current password is wrong"),
    EMAIL_ALREADY_REGISTERED(409, "email-already-registered", "This email address already has an account"),
    EMAIL_ALREADY_VERIFIED(409, "email-already-verified", "This email address is already verified"),
    TOTP_ALREADY_ENABLED(409, "totp-already-enabled", "Two-step login is already on"),
    TOTP_NOT_ENABLED(409, "totp-not-enabled", "Two-step login is off"),
    NOTHING_TO_CONFIRM(409, "nothing-to-confirm", "There is no setup to confirm"),
    PHONE_IN_USE(409, "phone-in-use", "This number belongs to another account"),
    SMS_MFA_NOT_ENABLED(409, "sms-mfa-not-enabled", "Login codes by SMS are off"),
    SMS_UNDELIVERABLE(409, "sms-undeliverable", "We cannot text this number");

    private final int status;
    private final String slug;
    private final String title;

    IdentityProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String slug() {
        return slug;
    }
}
