package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.Objects;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/**
 * Builds the twilio-java client to inject into the Twilio adapters: one for Twilio itself, one
 * for the Twilio API emulator. Never the static {@code Twilio.init}, so each client carries its
 * own credentials and transport. The overloads with a {@link ChannelLogs} record every request in
 * the channel log ({@link ChannelLoggingHttpClient}); those with a {@link Correlation} also send
 * the request id of the calling work and log each call with it ({@link RequestIdHttpClient}).
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
        return client(accountSid, authToken, new EmulatorHttpClient(Objects.requireNonNull(base, "base")));
    }

    /** A client of the real Twilio API that records every request in {@code logs}. */
    public static TwilioRestClient forTwilio(String accountSid, String authToken, ChannelLogs logs) {
        return client(accountSid, authToken, logged(new NetworkHttpClient(), logs));
    }

    /** A client of the Twilio API emulator at {@code base} that records every request in {@code logs}. */
    public static TwilioRestClient forEmulator(URI base, String accountSid, String authToken, ChannelLogs logs) {
        return client(accountSid, authToken, logged(new EmulatorHttpClient(Objects.requireNonNull(base, "base")), logs));
    }

    /** A client of the real Twilio API that records every request in {@code logs} and forwards request ids. */
    public static TwilioRestClient forTwilio(String accountSid, String authToken, ChannelLogs logs,
            Correlation correlation) {
        return client(accountSid, authToken, new RequestIdHttpClient(logged(new NetworkHttpClient(), logs), correlation));
    }

    /** A client of the Twilio API emulator that records every request in {@code logs} and forwards request ids. */
    public static TwilioRestClient forEmulator(URI base, String accountSid, String authToken, ChannelLogs logs,
            Correlation correlation) {
        return client(accountSid, authToken, new RequestIdHttpClient(
                logged(new EmulatorHttpClient(Objects.requireNonNull(base, "base")), logs), correlation));
    }

    private static HttpClient logged(HttpClient transport, ChannelLogs logs) {
        return new ChannelLoggingHttpClient(transport, Objects.requireNonNull(logs, "logs"));
    }

    private static TwilioRestClient client(String accountSid, String authToken, HttpClient transport) {
        return new TwilioRestClient.Builder(required(accountSid, "accountSid"), required(authToken, "authToken"))
                .httpClient(transport)
                .build();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
