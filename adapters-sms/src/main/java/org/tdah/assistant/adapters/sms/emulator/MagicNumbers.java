package org.tdah.assistant.adapters.sms.emulator;

import java.util.Optional;

/**
 * Twilio's magic test numbers (https://www.twilio.com/docs/iam/test-credentials), which make the
 * Messages API refuse a message in a known way; and the emulator's own recipients that are
 * accepted but then not delivered ({@code +15005559003} undelivered, 30003 unreachable handset;
 * {@code +15005559008} failed, 30008 unknown error), as status callbacks tell. Any other number
 * is accepted and delivered.
 */
final class MagicNumbers {
    static final String INVALID_TO = "+15005550001";
    static final String UNROUTABLE_TO = "+15005550002";
    static final String NO_INTERNATIONAL_PERMISSION_TO = "+15005550003";
    static final String BLOCKED_TO = "+15005550004";
    static final String NOT_SMS_CAPABLE_TO = "+15005550009";
    static final String INVALID_FROM = "+15005550001";
    static final String NOT_OWNED_FROM = "+15005550007";
    static final String FULL_QUEUE_FROM = "+15005550008";

    static final String UNDELIVERED_TO = "+15005559003";
    static final String FAILED_TO = "+15005559008";

    /** How a message that was accepted ends: its final status and Twilio error code (null when delivered). */
    record Outcome(String status, Integer errorCode) {}

    private MagicNumbers() {
    }

    static Outcome outcomeOf(String to) {
        return switch (to) {
            case UNDELIVERED_TO -> new Outcome("undelivered", 30003);
            case FAILED_TO -> new Outcome("failed", 30008);
            default -> new Outcome("delivered", null);
        };
    }

    static Optional<ApiError> refusalOfTo(String to, String from) {
        return Optional.ofNullable(switch (to) {
            case INVALID_TO -> Validation.invalidTo(to);
            case UNROUTABLE_TO -> new ApiError(400, 21612, "The 'To' phone number: " + to
                    + ", is not currently reachable using the 'From' phone number: " + from + " via SMS.");
            case NO_INTERNATIONAL_PERMISSION_TO -> new ApiError(400, 21408,
                    "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: " + to);
            case BLOCKED_TO -> OptOuts.unsubscribed();
            case NOT_SMS_CAPABLE_TO -> new ApiError(400, 21614, "'To' number is not a valid mobile number");
            default -> null;
        });
    }

    static Optional<ApiError> refusalOfFrom(String from) {
        return Optional.ofNullable(switch (from) {
            case INVALID_FROM -> new ApiError(400, 21212,
                    "The 'From' number " + from + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
            case NOT_OWNED_FROM -> new ApiError(400, 21606, "The 'From' phone number provided (" + from
                    + ") is not a valid message-capable Twilio phone number for this destination/account.");
            case FULL_QUEUE_FROM -> new ApiError(400, 21611,
                    "This 'From' number has exceeded the maximum number of queued messages.");
            default -> null;
        });
    }
}
