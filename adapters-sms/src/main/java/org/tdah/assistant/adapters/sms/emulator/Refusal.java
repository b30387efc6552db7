package org.tdah.assistant.adapters.sms.emulator;

/** Ends the handling of a request with a Twilio error answer. */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    Refusal(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    ApiError error() {
        return error;
    }
}
