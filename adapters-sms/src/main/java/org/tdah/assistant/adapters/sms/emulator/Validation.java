package org.tdah.assistant.adapters.sms.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the form of a "create message" request in the order Twilio does, and reads it into a
 * {@link MessageRequest}; a request Twilio would refuse throws a {@link Refusal} with Twilio's code.
 */
final class Validation {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final int MAX_BODY_LENGTH = 1600;

    private Validation() {
    }

    static ApiError invalidTo(String to) {
        return new ApiError(400, 21211, "The 'To' number " + to + " is not a valid phone number.");
    }

    static MessageRequest messageRequest(Map<String, List<String>> form) {
        String to = first(form, "To");
        String from = first(form, "From");
        String messagingServiceSid = first(form, "MessagingServiceSid");
        String body = first(form, "Body");
        if (to == null) {
            throw new Refusal(new ApiError(400, 21604, "A 'To' phone number is required."));
        }
        if (!E164.matcher(to).matches()) {
            throw new Refusal(invalidTo(to));
        }
        if (from == null && messagingServiceSid == null) {
            throw new Refusal(new ApiError(400, 21603, "A 'From' phone number is required."));
        }
        if (messagingServiceSid != null && !MESSAGING_SERVICE_SID.matcher(messagingServiceSid).matches()) {
            throw new Refusal(new ApiError(400, 21701, "The Messaging Service Sid " + messagingServiceSid + " is invalid."));
        }
        if (from != null && !E164.matcher(from).matches()) {
            throw new Refusal(new ApiError(400, 21212,
                    "The 'From' number " + from + " is not a valid phone number, shortcode, or alphanumeric sender ID."));
        }
        if (body == null) {
            throw new Refusal(new ApiError(400, 21602, "Message body is required."));
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new Refusal(new ApiError(400, 21617, "The concatenated message body exceeds the 1600 character limit."));
        }
        return new MessageRequest(to, from, messagingServiceSid, body, statusCallback(first(form, "StatusCallback")));
    }

    private static URI statusCallback(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException invalid) {
            // answered below, as Twilio does
        }
        throw new Refusal(new ApiError(400, 21609, "Invalid StatusCallback url: " + value));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
            return null;
        }
        return values.get(0);
    }
}
