package org.tdah.assistant.adapters.sms.emulator;

/**
 * An error as the Twilio REST API answers it: an HTTP status and a JSON body with Twilio's error
 * code, message and documentation link.
 */
record ApiError(int status, int code, String message) {

    static ApiError authenticate() {
        return new ApiError(401, 20003, "Authenticate");
    }

    static ApiError notFound(String path) {
        return new ApiError(404, 20404, "The requested resource " + path + " was not found");
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(405, 20004, "Method not allowed: " + method);
    }

    static ApiError injected(int status, int code) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a failure is answered with a 4xx or 5xx status, not " + status);
        }
        return new ApiError(status, code, switch (code) {
            case 20429 -> "Too Many Requests";
            case 20500 -> "An internal server error has occurred";
            case 20503 -> "Service is unavailable. Please try again";
            case 30003 -> "Unreachable destination handset";
            case 30005 -> "Unknown destination handset";
            default -> "Twilio error " + code + " (emulated)";
        });
    }

    String moreInfo() {
        return "https://www.twilio.com/docs/errors/" + code;
    }
}
