package org.tdah.assistant.adapters.sms.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.twilio.TwilioClients;
import org.tdah.assistant.adapters.sms.twilio.TwilioWebhookSignatures;

/**
 * Texts people send to our numbers through the emulator: the carrier opt-out they trigger, the
 * {@code MessageSid} the caller gets back, a redelivery identical to the first delivery, and many
 * deliveries at once.
 */
class EmulatorInboundTextsIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final String OUR_NUMBER = "+14155550100";
    private static final String OTHER_NUMBER = "+14155550101";
    private static final String LEA = "+33612345678";
    private static final String SAM = "+33698765432";

    /** One POST the application received: the URL Twilio called, its signature and its form. */
    private record Received(String url, String signature, Map<String, String> params) {}

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final TwilioWebhookSignatures signatures = new TwilioWebhookSignatures(AUTH_TOKEN);
    private final ExecutorService applicationThreads = Executors.newFixedThreadPool(4);
    private HttpServer application;
    private TwilioApiEmulator emulator;
    private TwilioRestClient client;

    @BeforeEach
    void start() throws Exception {
        application = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        application.createContext("/", exchange -> {
            try (exchange) {
                String url = "http://127.0.0.1:" + application.getAddress().getPort() + exchange.getRequestURI();
                Map<String, String> params = new HashMap<>();
                FormBody.parse(exchange.getRequestBody().readAllBytes()).forEach((name, values) -> params.put(name, values.get(0)));
                received.add(new Received(url, exchange.getRequestHeaders().getFirst("X-Twilio-Signature"), params));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        application.setExecutor(applicationThreads);
        application.start();
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
        client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN);
        URI smsUrl = URI.create("http://127.0.0.1:" + application.getAddress().getPort() + "/sms/inbound?tenant=7");
        IncomingPhoneNumber.creator(new PhoneNumber(OUR_NUMBER)).setSmsUrl(smsUrl).create(client);
        IncomingPhoneNumber.creator(new PhoneNumber(OTHER_NUMBER)).setSmsUrl(smsUrl).create(client);
    }

    @AfterEach
    void stop() {
        emulator.stop();
        application.stop(0);
        applicationThreads.shutdownNow();
    }

    @Test
    void after_a_phone_texts_stop_our_number_can_no_longer_text_it_and_nothing_is_recorded_as_sent() throws Exception {
        emulator.deliverInboundText(LEA, OUR_NUMBER, "  Stop ");

        assertThatThrownBy(() -> send(OUR_NUMBER, LEA))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(400);
                    assertThat(refused.getCode()).isEqualTo(21610);
                    assertThat(refused.getMessage()).isEqualTo("Attempt to send to unsubscribed recipient");
                });
        assertThat(emulator.sent()).isEmpty();
    }

    @Test
    void the_stop_text_is_still_delivered_to_the_numbers_sms_url() throws Exception {
        InboundDelivery delivery = emulator.deliverInboundText(LEA, OUR_NUMBER, "STOP");

        Received stop = next();
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(stop.params()).containsEntry("Body", "STOP").containsEntry("MessageSid", delivery.messageSid());
    }

    @Test
    void an_opt_out_stops_only_that_number_texting_that_phone() {
        emulator.deliverInboundText(LEA, OUR_NUMBER, "unsubscribe");

        send(OTHER_NUMBER, LEA);
        send(OUR_NUMBER, SAM);

        assertThat(emulator.sent()).extracting(SentMessage::from, SentMessage::to)
                .containsExactly(tuple(OTHER_NUMBER, LEA), tuple(OUR_NUMBER, SAM));
    }

    @Test
    void a_text_that_merely_mentions_stop_stops_nothing() {
        emulator.deliverInboundText(LEA, OUR_NUMBER, "stop reminding me about the dentist");

        send(OUR_NUMBER, LEA);

        assertThat(emulator.sent()).hasSize(1);
    }

    @Test
    void after_start_our_number_can_text_the_phone_again() {
        emulator.deliverInboundText(LEA, OUR_NUMBER, "STOP");
        assertThatThrownBy(() -> send(OUR_NUMBER, LEA)).isInstanceOf(ApiException.class);

        emulator.deliverInboundText(LEA, OUR_NUMBER, "start");
        send(OUR_NUMBER, LEA);

        assertThat(emulator.sent()).singleElement().extracting(SentMessage::to).isEqualTo(LEA);
    }

    @Test
    void the_caller_gets_the_message_sid_the_application_received() throws Exception {
        InboundDelivery delivery = emulator.deliverInboundText(LEA, OUR_NUMBER, "remind me to call mum at 6");

        assertThat(delivery.messageSid()).matches("SM[0-9a-f]{32}");
        assertThat(next().params()).containsEntry("MessageSid", delivery.messageSid())
                .containsEntry("SmsSid", delivery.messageSid());
    }

    @Test
    void a_redelivery_is_the_first_delivery_again_with_the_same_sid_parameters_and_signature() throws Exception {
        InboundDelivery delivery = emulator.deliverInboundText(LEA, OUR_NUMBER, "remind me to call mum at 6");
        Received first = next();

        int status = emulator.redeliver(delivery.messageSid());

        Received again = next();
        assertThat(status).isEqualTo(200);
        assertThat(again).isEqualTo(first);
        assertThat(signatures.authentic(again.url(), again.params(), again.signature())).isTrue();
    }

    @Test
    void redelivering_a_stop_does_not_undo_a_later_start() {
        InboundDelivery stop = emulator.deliverInboundText(LEA, OUR_NUMBER, "STOP");
        emulator.deliverInboundText(LEA, OUR_NUMBER, "START");

        emulator.redeliver(stop.messageSid());
        send(OUR_NUMBER, LEA);

        assertThat(emulator.sent()).hasSize(1);
    }

    @Test
    void redelivering_a_message_sid_that_was_never_delivered_is_refused() {
        assertThatThrownBy(() -> emulator.redeliver("SM00000000000000000000000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deliveries_from_many_threads_at_once_each_arrive_once_under_a_sid_of_their_own() throws Exception {
        int texts = 40;
        ExecutorService phones = Executors.newFixedThreadPool(8);
        try {
            List<Callable<InboundDelivery>> deliveries = new ArrayList<>();
            for (int i = 0; i < texts; i++) {
                String from = "+3361234%04d".formatted(i);
                String to = i % 2 == 0 ? OUR_NUMBER : OTHER_NUMBER;
                String body = i % 4 == 0 ? "STOP" : "text " + i;
                deliveries.add(() -> emulator.deliverInboundText(from, to, body));
            }
            Set<String> sids = new HashSet<>();
            for (Future<InboundDelivery> delivery : phones.invokeAll(deliveries, 30, TimeUnit.SECONDS)) {
                assertThat(delivery.get().status()).isEqualTo(200);
                sids.add(delivery.get().messageSid());
            }

            assertThat(sids).hasSize(texts);
            Set<String> arrived = new HashSet<>();
            for (int i = 0; i < texts; i++) {
                Received call = next();
                assertThat(signatures.authentic(call.url(), call.params(), call.signature())).isTrue();
                arrived.add(call.params().get("MessageSid"));
            }
            assertThat(arrived).isEqualTo(sids);
            assertThat(received).isEmpty();
            assertThatThrownBy(() -> send(OUR_NUMBER, "+33612340000")).isInstanceOf(ApiException.class);
            send(OUR_NUMBER, "+33612340002");
        } finally {
            phones.shutdownNow();
        }
    }

    private Message send(String from, String to) {
        return Message.creator(new PhoneNumber(to), new PhoneNumber(from), "Rappel : appeler le dentiste").create(client);
    }

    private Received next() throws InterruptedException {
        Received call = received.poll(5, TimeUnit.SECONDS);
        assertThat(call).as("a webhook call").isNotNull();
        return call;
    }
}
