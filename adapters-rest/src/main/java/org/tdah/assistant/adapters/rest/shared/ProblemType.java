package org.tdah.assistant.adapters.rest.shared;

import java.net.URI;

/**
 * Every kind of problem the API answers with (RFC 9457). The {@code type} URI is stable: clients
 * branch on it, not on the title or the detail, which are for people.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    INVALID_TOKEN(400, "invalid-or-expired-token", "This link or code is invalid, used or expired"),
    AUTHENTICATION_REQUIRED(401, "authentication-required", "Authentication is required"),
    INVALID_CREDENTIALS(401, "invalid-credentials", "The email address or the password is wrong"),
    INVALID_REFRESH_TOKEN(401, "invalid-refresh-token", "This refresh token is not valid"),
    INVALID_MFA_TOKEN(401, "invalid-mfa-token", "This login step has expired"),
    INVALID_MFA_CODE(401, "invalid-mfa-code", "This code is wrong or was already used"),
    FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
    WRONG_CURRENT_PASSWORD(403, "wrong-current-password", "The current password is wrong"),
    REAUTHENTICATION_REQUIRED(403, "reauthentication-required", "Please confirm it is you"),
    NOT_FOUND(404, "not-found", "Nothing is here"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation is available"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    EMAIL_ALREADY_REGISTERED(409, "email-already-registered", "This email address already has an account"),
    EMAIL_ALREADY_VERIFIED(409, "email-already-verified", "This email address is already verified"),
    TOTP_ALREADY_ENABLED(409, "totp-already-enabled", "Two-step login is already on"),
    TOTP_NOT_ENABLED(409, "totp-not-enabled", "Two-step login is off"),
    NOTHING_TO_CONFIRM(409, "nothing-to-confirm", "There is no setup to confirm"),
    PHONE_IN_USE(409, "phone-in-use", "This number belongs to another account"),
    SMS_MFA_NOT_ENABLED(409, "sms-mfa-not-enabled", "Login codes by SMS are off"),
    SMS_UNDELIVERABLE(409, "sms-undeliverable", "We cannot text this number"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "This media type is not supported here"),
    VALIDATION_FAILED(422, "validation-failed", "Some fields are invalid"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable"),
    HTTP_ERROR(0, "http-error", "The request failed");

    public static final String BASE_URI = "https://assistant.tdah.org/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    /** The general type for an HTTP status that no specific problem explains. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION_FAILED;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : HTTP_ERROR;
        };
    }
}
