package org.tdah.assistant.testkit.sms;

import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Twilio's magic test recipients (https://www.twilio.com/docs/iam/test-credentials), which the
 * Twilio API emulator refuses in a known way ({@code MagicNumbers} in adapters-sms) and
 * {@link RecordingTextMessages} refuses the same way, so that a test means the same on both.
 */
public final class TwilioTestNumbers {
    /** Not a valid phone number (Twilio 21211). */
    public static final PhoneNumber INVALID = new PhoneNumber("+15005550001");
    /** Cannot be reached from our number (Twilio 21612). */
    public static final PhoneNumber UNROUTABLE = new PhoneNumber("+15005550002");
    /** In a region we may not text (Twilio 21408). */
    public static final PhoneNumber NO_INTERNATIONAL_PERMISSION = new PhoneNumber("+15005550003");
    /** Replied STOP to our number (Twilio 21610). */
    public static final PhoneNumber UNSUBSCRIBED = new PhoneNumber("+15005550004");
    /** A landline, not a mobile number (Twilio 21614). */
    public static final PhoneNumber NOT_SMS_CAPABLE = new PhoneNumber("+15005550009");
    /** A number that is never for sale (Twilio 21422 when bought). */
    public static final PhoneNumber NOT_FOR_SALE = new PhoneNumber("+15005550000");
    /** A US area code with no number for sale. */
    public static final String AREA_CODE_WITHOUT_NUMBERS = "533";

    private static final Map<PhoneNumber, SmsSendResult> REFUSALS = Map.of(
            INVALID, new SmsSendResult.InvalidNumber(),
            UNROUTABLE, new SmsSendResult.InvalidNumber(),
            NO_INTERNATIONAL_PERMISSION, new SmsSendResult.InvalidNumber(),
            UNSUBSCRIBED, new SmsSendResult.Unsubscribed(),
            NOT_SMS_CAPABLE, new SmsSendResult.InvalidNumber());

    private TwilioTestNumbers() {}

    /** How the provider refuses a message to this number, if it is a magic one. */
    public static Optional<SmsSendResult> refusalOf(PhoneNumber to) {
        return Optional.ofNullable(REFUSALS.get(to));
    }
}
