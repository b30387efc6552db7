package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.Objects;

/**
 * Builds the twilio-java client to inject into the Twilio adapters: one for Twilio itself, one
 * for the Twilio API emulator. Never the static {@code Twilio.init}, so each client carries its
 * own credentials and transport.
 */
public final class TwilioClients {

    private TwilioClients() {
    }

    /** A client of the real Twilio API ({@code https://api.twilio.com}) for this account. */
    public static TwilioRestClient forTwilio(String accountSid, String authToken) {
        return new TwilioRestClient.Builder(required(accountSid, "accountSid"), required(authToken, "authToken")).build();
    }

    /** A client whose requests all go to the Twilio API emulator at {@code base}. */
    public static TwilioRestClient forEmulator(URI base, String accountSid, String authToken) {
        return new TwilioRestClient.Builder(required(accountSid, "accountSid"), required(authToken, "authToken"))
                .httpClient(new EmulatorHttpClient(Objects.requireNonNull(base, "base")))
                .build();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
