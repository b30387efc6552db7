package org.tdah.assistant.adapters.sms.emulator;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A number the emulated account bought (an IncomingPhoneNumber), as it is configured now. The
 * webhooks are null when not set; {@code smsMethod} is Twilio's {@code POST} unless asked otherwise.
 */
public record OwnedNumber(String sid, String phoneNumber, URI smsUrl, String smsMethod, URI smsFallbackUrl,
        URI statusCallback, Instant createdAt, Instant updatedAt) {

    public OwnedNumber {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(smsMethod, "smsMethod");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same number, texting {@code url}. */
    public OwnedNumber withSmsUrl(URI url) {
        return new OwnedNumber(sid, phoneNumber, url, smsMethod, smsFallbackUrl, statusCallback, createdAt, updatedAt);
    }
}
