package org.tdah.assistant.adapters.rest.shared;

/** The problems of HTTP itself and of every context alike: malformed, unauthenticated, limited, failed. */
public enum GeneralProblem implements ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    AUTHENTICATION_REQUIRED(401, "authentication-required", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
    REAUTHENTICATION_REQUIRED(403, "reauthentication-required", "Please confirm it is you"),
    SECOND_FACTOR_REQUIRED(403, "second-factor-required", "A second factor is required"),
    NOT_FOUND(404, "not-found", "Nothing is here"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation is available"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "This media type is not supported here"),
    VALIDATION_FAILED(422, "validation-failed", "Some fields are invalid"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable"),
    HTTP_ERROR(0, "http-error", "The request failed");

    private final int status;
    private final String slug;
    private final String title;

    GeneralProblem(int status, String slug, String title) {
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

    /** The general type for an HTTP status that no specific problem explains. */
    public static GeneralProblem forStatus(int status) {
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
