package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.application.shared.port.TextMessagesContract;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The real twilio-java SDK, through {@link EmulatorHttpClient}, against the Twilio API emulator:
 * the contract of {@code TextMessages}, then what is particular to Twilio.
 */
class TwilioTextMessagesIT extends TextMessagesContract {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final PhoneNumber OUR_NUMBER = new PhoneNumber("+15005550006");
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");
    private static final URI STATUS_CALLBACK = URI.create("https://assistant.example.org/sms/status?tenant=a%20b");
    private static final String CODE_BODY = "Votre code : 493817 — valable 10 min ✅";
    private static final Instant NOW = Instant.parse("2026-03-13T09:30:00Z");

    private TwilioApiEmulator emulator;
    private TwilioRestClient client;
    private TwilioTextMessages textMessages;

    /** Starts the emulator (before each test, since the contract asks for a new sender then). */
    @Override
    protected TextMessages newTextMessages() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN, 0, Clock.fixed(NOW, ZoneOffset.UTC));
        client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN);
        textMessages = new TwilioTextMessages(client, OUR_NUMBER, STATUS_CALLBACK);
        return textMessages;
    }

    @Override
    protected List<OutgoingSms> delivered() {
        return emulator.sent().stream().map(sent -> new OutgoingSms(new PhoneNumber(sent.to()), sent.body())).toList();
    }

    @Override
    protected void takeTheProviderDown() {
        emulator.stop();
    }

    @AfterEach
    void stopTheEmulator() {
        emulator.stop();
    }

    @Test
    void an_accepted_message_is_recorded_with_its_recipient_sender_body_and_status_callback() {
        SmsSendResult result = textMessages.send(new OutgoingSms(LEA, CODE_BODY));

        assertThat(emulator.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.to()).isEqualTo("+33612345678");
            assertThat(sent.from()).isEqualTo("+15005550006");
            assertThat(sent.body()).isEqualTo(CODE_BODY);
            assertThat(sent.statusCallback()).isEqualTo(STATUS_CALLBACK);
            assertThat(sent.messagingServiceSid()).isNull();
            assertThat(sent.at()).isEqualTo(NOW);
            assertThat(sent.sid()).matches("SM[0-9a-f]{32}");
            assertThat(result).isEqualTo(new SmsSendResult.Accepted(sent.sid()));
        });
    }

    @Test
    void without_a_status_callback_none_is_asked_for() {
        new TwilioTextMessages(client, OUR_NUMBER, null).send(new OutgoingSms(LEA, "Rappel : appeler le dentiste"));

        assertThat(emulator.sent()).singleElement().extracting(SentMessage::statusCallback).isNull();
    }

    @Test
    void through_a_messaging_service_the_service_is_named_instead_of_a_sender() {
        String service = "MG0123456789abcdef0123456789abcdef";

        SmsSendResult result = TwilioTextMessages.viaMessagingService(client, service, STATUS_CALLBACK)
                .send(new OutgoingSms(LEA, "Rappel : appeler le dentiste"));

        assertThat(result).isInstanceOf(SmsSendResult.Accepted.class);
        assertThat(emulator.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.messagingServiceSid()).isEqualTo(service);
            assertThat(sent.from()).isNull();
        });
    }

    @Test
    void a_message_that_names_one_of_our_numbers_is_sent_from_that_number() {
        PhoneNumber usersNumber = new PhoneNumber("+14155550100");

        SmsSendResult result = textMessages.send(OutgoingSms.from(usersNumber, LEA, "Rappel : appeler le dentiste"));

        assertThat(result).isInstanceOf(SmsSendResult.Accepted.class);
        assertThat(emulator.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.from()).isEqualTo("+14155550100");
            assertThat(sent.to()).isEqualTo("+33612345678");
        });
    }

    @Test
    void a_message_that_names_one_of_our_numbers_is_sent_from_it_even_when_the_platform_uses_a_messaging_service() {
        TwilioTextMessages viaService =
                TwilioTextMessages.viaMessagingService(client, "MG0123456789abcdef0123456789abcdef", null);

        viaService.send(OutgoingSms.from(new PhoneNumber("+14155550100"), LEA, "Rappel : appeler le dentiste"));

        assertThat(emulator.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.from()).isEqualTo("+14155550100");
            assertThat(sent.messagingServiceSid()).isNull();
        });
    }

    @Test
    void a_message_is_fetched_back_by_its_sid_through_the_sdk() {
        TwilioTextMessages withoutCallback = new TwilioTextMessages(client, OUR_NUMBER, null);
        SmsSendResult.Accepted accepted = (SmsSendResult.Accepted) withoutCallback.send(new OutgoingSms(LEA, CODE_BODY));

        Message message = Message.fetcher(accepted.providerMessageId()).fetch(client);

        assertThat(message.getSid()).isEqualTo(accepted.providerMessageId());
        assertThat(message.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(message.getTo()).isEqualTo("+33612345678");
        assertThat(message.getFrom()).hasToString("+15005550006");
        assertThat(message.getBody()).isEqualTo(CODE_BODY);
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
        assertThat(message.getDateCreated()).isNotNull();
        assertThat(message.getDateCreated().toInstant()).isEqualTo(NOW);
        assertThat(message.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(message.getNumSegments()).isEqualTo("1");
        assertThat(message.getPrice()).isEqualTo("-0.00790");
        assertThat(message.getPriceUnit()).hasToString("USD");
        assertThat(message.getErrorCode()).isNull();
        assertThat(message.getUri()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + message.getSid() + ".json");
    }

    @Test
    void fetching_an_unknown_sid_is_twilios_not_found() {
        assertThatThrownBy(() -> Message.fetcher("SM00000000000000000000000000000000").fetch(client))
                .isInstanceOfSatisfying(ApiException.class, notFound -> {
                    assertThat(notFound.getCode()).isEqualTo(20404);
                    assertThat(notFound.getStatusCode()).isEqualTo(404);
                });
    }



    @Test
    void a_wrong_auth_token_makes_twilio_unavailable_and_is_logged_as_a_configuration_problem_without_secrets() {
        TwilioRestClient wrongToken = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, "not-the-token");

        try (LogCapture log = LogCapture.of(TwilioTextMessages.class)) {
            assertThatThrownBy(() -> new TwilioTextMessages(wrongToken, OUR_NUMBER, null).send(new OutgoingSms(LEA, CODE_BODY)))
                    .isInstanceOfSatisfying(DependencyUnavailableException.class,
                            unavailable -> assertThat(unavailable.dependency()).isEqualTo("Twilio"));

            assertThat(log.messagesAt(Level.ERROR)).singleElement().asString()
                    .contains("configuration").contains("20003").contains("401");
            assertThat(log.allMessages()).noneMatch(line -> line.contains("493817") || line.contains("not-the-token")
                    || line.contains("+33612345678"));
        }
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void credentials_of_another_account_make_twilio_unavailable() {
        TwilioRestClient otherAccount =
                TwilioClients.forEmulator(emulator.baseUri(), "ACffffffffffffffffffffffffffffffff", AUTH_TOKEN);

        assertThatThrownBy(() -> new TwilioTextMessages(otherAccount, OUR_NUMBER, null).send(new OutgoingSms(LEA, CODE_BODY)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void a_sender_that_is_not_ours_is_a_configuration_problem() {
        TwilioTextMessages notOurNumber = new TwilioTextMessages(client, new PhoneNumber("+15005550007"), null);

        try (LogCapture log = LogCapture.of(TwilioTextMessages.class)) {
            assertThatThrownBy(() -> notOurNumber.send(new OutgoingSms(LEA, CODE_BODY)))
                    .isInstanceOf(DependencyUnavailableException.class);

            assertThat(log.messagesAt(Level.ERROR)).singleElement().asString().contains("21606");
        }
    }

    @Test
    void a_stopped_emulator_refuses_the_connection_and_twilio_is_unavailable() {
        emulator.stop();

        assertThatThrownBy(() -> textMessages.send(new OutgoingSms(LEA, CODE_BODY)))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, unavailable -> {
                    assertThat(unavailable.dependency()).isEqualTo("Twilio");
                    assertThat(unavailable.getCause()).isInstanceOf(ApiConnectionException.class);
                });
    }

    @Test
    void twilio_answering_503_makes_it_unavailable_after_the_sdks_three_attempts() {
        emulator.failAllRequests(503, 20503);

        assertThatThrownBy(() -> textMessages.send(new OutgoingSms(LEA, CODE_BODY)))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        unavailable -> assertThat(unavailable.getCause()).isInstanceOf(ApiException.class));
        assertThat(emulator.requestsReceived()).isEqualTo(3);
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void a_single_503_is_retried_by_the_sdk_and_the_message_goes_through() {
        emulator.failNextRequests(1, 503, 20503);

        SmsSendResult result = textMessages.send(new OutgoingSms(LEA, CODE_BODY));

        assertThat(result).isInstanceOf(SmsSendResult.Accepted.class);
        assertThat(emulator.requestsReceived()).isEqualTo(2);
        assertThat(emulator.sent()).hasSize(1);
    }

    @Test
    void too_many_requests_makes_twilio_unavailable_at_once() {
        emulator.failNextRequests(1, 429, 20429);

        assertThatThrownBy(() -> textMessages.send(new OutgoingSms(LEA, CODE_BODY)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(emulator.requestsReceived()).isEqualTo(1);
    }

    @Test
    void an_unreachable_handset_makes_twilio_unavailable_for_now() {
        emulator.failNextRequests(1, 400, 30003);

        try (LogCapture log = LogCapture.of(TwilioTextMessages.class)) {
            assertThatThrownBy(() -> textMessages.send(new OutgoingSms(LEA, CODE_BODY)))
                    .isInstanceOf(DependencyUnavailableException.class);

            assertThat(log.messagesAt(Level.ERROR)).isEmpty();
            assertThat(log.messagesAt(Level.WARN)).singleElement().asString().contains("30003").doesNotContain("+33612345678");
        }
    }
}
