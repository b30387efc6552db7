package org.tdah.assistant.adapters.sms.twilio;

import java.util.Set;

/**
 * What a Twilio error means for the message we tried to send, from its Twilio error code and HTTP
 * status (https://www.twilio.com/docs/api/errors). A refusal about the recipient is for good;
 * anything that may pass on a retry, or that we cannot read, makes Twilio unavailable; every other
 * refusal is our configuration's fault (credentials, sender number, account).
 */
final class TwilioErrorCodes {

    /** The four ways a Twilio error can end a send. */
    enum Outcome {
        INVALID_NUMBER, UNSUBSCRIBED, UNAVAILABLE, MISCONFIGURED
    }

    static final int UNSUBSCRIBED_RECIPIENT = 21610;

    /** The 'To' number is not valid, cannot receive SMS, or cannot be reached from our number. */
    static final Set<Integer> INVALID_RECIPIENT = Set.of(
            21211, // invalid 'To' phone number
            21217, // phone number does not appear to be valid
            21265, // 'To' number cannot be a short code
            21408, // permission to send to the 'To' number's region is not enabled
            21612, // the 'To' number cannot be reached from this 'From' number
            21614); // 'To' number is not a valid mobile number (cannot receive SMS)

    /** Errors that say "not now" rather than "no". */
    static final Set<Integer> TRANSIENT = Set.of(
            20429, // too many requests
            20500, // internal server error
            20503, // service unavailable
            30001, // queue overflow
            30003, // unreachable destination handset
            30005, // unknown destination handset (may be switched off)
            30008); // unknown error

    private static final int TOO_MANY_REQUESTS = 429;

    private TwilioErrorCodes() {
    }

    /**
     * The outcome of an error with this Twilio code and HTTP status. Both are null (or the status 0)
     * when no readable error came back, e.g. the connection failed: Twilio counts as unavailable.
     */
    static Outcome outcomeOf(Integer twilioCode, Integer httpStatus) {
        if (twilioCode != null) {
            if (twilioCode == UNSUBSCRIBED_RECIPIENT) {
                return Outcome.UNSUBSCRIBED;
            }
            if (INVALID_RECIPIENT.contains(twilioCode)) {
                return Outcome.INVALID_NUMBER;
            }
            if (TRANSIENT.contains(twilioCode)) {
                return Outcome.UNAVAILABLE;
            }
        }
        boolean statusKnown = httpStatus != null && httpStatus > 0;
        if (!statusKnown && twilioCode == null) {
            return Outcome.UNAVAILABLE;
        }
        if (statusKnown && (httpStatus >= 500 || httpStatus == TOO_MANY_REQUESTS)) {
            return Outcome.UNAVAILABLE;
        }
        return Outcome.MISCONFIGURED;
    }
}
