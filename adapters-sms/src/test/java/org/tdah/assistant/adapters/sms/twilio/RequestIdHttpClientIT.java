package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.emulator.ReceivedRequest;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.InMemoryCorrelation;

/**
 * The real twilio-java SDK against the Twilio API emulator, through the client the application
 * builds: a text sent by work that has a request id reaches Twilio with it in {@code X-Request-Id},
 * and the call leaves one log line that names neither the account nor the auth token.
 */
class RequestIdHttpClientIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-77c1";
    private static final PhoneNumber OUR_NUMBER = new PhoneNumber("+15005550006");
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");

    private final InMemoryCorrelation correlation = new InMemoryCorrelation();
    private TwilioApiEmulator emulator;
    private TwilioTextMessages textMessages;

    @BeforeEach
    void startTheEmulator() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
        TwilioRestClient client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN,
                new RecordingChannelLogs(), correlation);
        textMessages = new TwilioTextMessages(client, OUR_NUMBER, URI.create("http://127.0.0.1:9/status"));
    }

    @AfterEach
    void stopTheEmulator() {
        emulator.stop();
    }

    @Test
    void a_text_sent_by_work_with_a_request_id_reaches_twilio_with_it_and_its_call_is_logged_without_secrets() {
        try (LogCapture log = LogCapture.fromInfo(RequestIdHttpClient.LOGGER)) {
            correlation.continuing(Optional.of("req-5e0c"),
                    () -> textMessages.send(new OutgoingSms(LEA, "Votre code : 493817")));

            assertThat(emulator.received()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.requestId()).contains("req-5e0c");
            });
            assertThat(log.messagesAt(Level.INFO)).singleElement().asString()
                    .isEqualTo("Twilio POST /2010-04-01/Accounts/{AccountSid}/Messages.json 201 " + durationOf(log) + " ms");
            assertThat(log.allMessages()).noneMatch(line -> line.contains(AUTH_TOKEN) || line.contains(ACCOUNT_SID)
                    || line.contains("493817") || line.contains(LEA.value()));
        }
    }

    @Test
    void a_text_sent_by_work_without_a_request_id_goes_without_the_header() {
        textMessages.send(new OutgoingSms(LEA, "Rappel : appeler le dentiste"));

        assertThat(emulator.received()).extracting(ReceivedRequest::requestId).containsExactly(Optional.empty());
    }

    private static String durationOf(LogCapture log) {
        String line = log.messagesAt(Level.INFO).get(0);
        return line.substring(line.lastIndexOf(" 201 ") + 5, line.length() - 3);
    }
}
