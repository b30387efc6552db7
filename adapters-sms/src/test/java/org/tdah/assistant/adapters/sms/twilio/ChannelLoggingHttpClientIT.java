package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** The channel log of the requests the real twilio-java SDK makes to the Twilio API emulator. */
class ChannelLoggingHttpClientIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final PhoneNumber OUR_NUMBER = new PhoneNumber("+15005550006");
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");
    private static final String CODE_BODY = "Votre code : 493817 — valable 10 min ✅";

    private final RecordingChannelLogs logs = new RecordingChannelLogs();
    private TwilioApiEmulator emulator;
    private TwilioTextMessages textMessages;

    @BeforeEach
    void start() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
        textMessages = new TwilioTextMessages(TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN, logs),
                OUR_NUMBER, null);
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void a_text_sent_through_the_emulator_is_one_exchange_with_its_status_and_sid_but_neither_body_nor_recipient() {
        SmsSendResult.Accepted accepted = (SmsSendResult.Accepted) textMessages.send(new OutgoingSms(LEA, CODE_BODY));

        assertThat(logs.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.direction()).isEqualTo(ChannelExchange.Direction.OUTGOING);
            assertThat(exchange.method()).isEqualTo("POST");
            assertThat(exchange.url()).endsWith("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json").doesNotContain("@");
            assertThat(exchange.status()).isEqualTo(201);
            assertThat(exchange.messageSid()).contains(accepted.providerMessageId());
            assertThat(exchange.error()).isEmpty();
            assertThat(exchange.duration()).isPositive();
            assertThat(exchange.request()).contains("To=+•••5678", "From=+15005550006", "Body=[redacted, 38 characters]");
            assertThat(exchange.response()).contains(accepted.providerMessageId(), "\"to\":\"+•••5678\"", "[redacted, 38 characters]");
            assertThat(List.of(exchange.request(), exchange.response(), exchange.url())).allSatisfy(text -> assertThat(text)
                    .doesNotContain("493817", "valable", "+33612345678", AUTH_TOKEN, "Basic ", "Authorization"));
        });
    }

    @Test
    void the_exchange_is_dated_by_the_clock_it_is_given() {
        Instant now = Instant.parse("2026-03-13T09:30:00Z");
        TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT_SID, AUTH_TOKEN)
                .httpClient(new ChannelLoggingHttpClient(new EmulatorHttpClient(emulator.baseUri()), logs,
                        Clock.fixed(now, ZoneOffset.UTC)))
                .build();

        new TwilioTextMessages(client, OUR_NUMBER, null).send(new OutgoingSms(LEA, CODE_BODY));

        assertThat(logs.exchanges()).singleElement().extracting(ChannelExchange::at).isEqualTo(now);
    }

    @Test
    void a_read_is_logged_with_its_method_and_the_message_sid_and_no_body() {
        SmsSendResult.Accepted accepted = (SmsSendResult.Accepted) textMessages.send(new OutgoingSms(LEA, CODE_BODY));
        TwilioRestClient client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN, logs);

        Message fetched = Message.fetcher(accepted.providerMessageId()).fetch(client);

        assertThat(fetched.getBody()).isEqualTo(CODE_BODY);
        assertThat(logs.exchanges()).hasSize(2).last().satisfies(read -> {
            assertThat(read.method()).isEqualTo("GET");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.messageSid()).contains(accepted.providerMessageId());
            assertThat(read.response()).doesNotContain("493817", "+33612345678");
        });
    }

    @Test
    void a_request_twilio_refuses_with_an_error_code_records_that_code() {
        SmsSendResult result = textMessages.send(new OutgoingSms(new PhoneNumber("+15005550009"), CODE_BODY));

        assertThat(result).isEqualTo(new SmsSendResult.InvalidNumber());
        assertThat(logs.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.status()).isEqualTo(400);
            assertThat(exchange.error()).contains("21614");
            assertThat(exchange.messageSid()).isEmpty();
            assertThat(exchange.response()).contains("21614");
        });
    }

    @Test
    void each_attempt_of_the_sdk_is_an_exchange_of_its_own() {
        emulator.failNextRequests(1, 503, 20503);

        textMessages.send(new OutgoingSms(LEA, CODE_BODY));

        assertThat(logs.exchanges()).extracting(ChannelExchange::status).containsExactly(503, 201);
        assertThat(logs.exchanges().get(0).error()).contains("20503");
    }

    @Test
    void an_unreachable_twilio_records_status_zero_and_the_exception() throws IOException {
        TwilioTextMessages unreachable = new TwilioTextMessages(
                TwilioClients.forEmulator(closedPort(), ACCOUNT_SID, AUTH_TOKEN, logs), OUR_NUMBER, null);

        assertThatThrownBy(() -> unreachable.send(new OutgoingSms(LEA, CODE_BODY)))
                .isInstanceOf(DependencyUnavailableException.class);

        assertThat(logs.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.status()).isZero();
            assertThat(exchange.error()).contains("ApiConnectionException");
            assertThat(exchange.response()).isEmpty();
            assertThat(exchange.request()).doesNotContain("493817", "+33612345678");
        });
    }

    @Test
    void a_channel_log_that_fails_does_not_fail_the_text_and_is_logged_without_secrets() {
        ChannelLogs broken = new ChannelLogs() {
            @Override
            public void record(ChannelExchange exchange) {
                throw new IllegalStateException("disk full while keeping " + exchange.request());
            }

            @Override
            public List<ChannelLogEntry> newest(int limit, Optional<ChannelLogEntry.Position> before) {
                return List.of();
            }
        };
        TwilioTextMessages withBrokenLog = new TwilioTextMessages(
                TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN, broken), OUR_NUMBER, null);

        try (LogCapture log = LogCapture.of(ChannelLoggingHttpClient.class)) {
            assertThat(withBrokenLog.send(new OutgoingSms(LEA, CODE_BODY))).isInstanceOf(SmsSendResult.Accepted.class);

            assertThat(log.messagesAt(Level.WARN)).singleElement().asString()
                    .contains("channel log", "IllegalStateException")
                    .doesNotContain("493817", "+33612345678", "+•••5678", AUTH_TOKEN);
        }
        assertThat(emulator.sent()).hasSize(1);
    }

    @Test
    void the_plain_clients_still_log_nothing() {
        TwilioRestClient plain = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN);

        new TwilioTextMessages(plain, OUR_NUMBER, null).send(new OutgoingSms(LEA, CODE_BODY));

        assertThat(logs.exchanges()).isEmpty();
        assertThat(emulator.sent()).hasSize(1);
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
