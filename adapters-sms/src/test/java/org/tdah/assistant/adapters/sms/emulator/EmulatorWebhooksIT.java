package org.tdah.assistant.adapters.sms.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.twilio.TwilioClients;

/**
 * The emulator calling the application as Twilio does: status callbacks and inbound texts, posted
 * to a tiny HTTP server and checked with twilio-java's own {@link RequestValidator}.
 */
class EmulatorWebhooksIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final String OUR_NUMBER = "+15005550006";

    /** One POST the application received: the URL Twilio called, its signature and its form. */
    private record Received(String url, String signature, Map<String, String> params) {}

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private final RequestValidator validator = new RequestValidator(AUTH_TOKEN);
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
                exchange.sendResponseHeaders(answer.get(), -1);
            }
        });
        application.start();
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
        client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN);
    }

    @AfterEach
    void stop() {
        emulator.stop();
        application.stop(0);
    }

    @Test
    void a_delivered_message_reports_queued_sent_and_delivered_in_order_each_signed_as_twilio_signs() throws Exception {
        URI callback = applicationUrl("/sms/status?tenant=a%20b");
        Message message = Message.creator(new PhoneNumber("+33612345678"), new PhoneNumber(OUR_NUMBER), "Rappel : dentiste")
                .setStatusCallback(callback).create(client);

        List<Received> callbacks = next(3);

        assertThat(callbacks).extracting(call -> call.params().get("MessageStatus")).containsExactly("queued", "sent", "delivered");
        assertThat(callbacks).allSatisfy(call -> {
            assertThat(call.url()).isEqualTo(callback.toString());
            assertThat(call.params()).containsEntry("MessageSid", message.getSid()).containsEntry("AccountSid", ACCOUNT_SID)
                    .containsEntry("From", OUR_NUMBER).containsEntry("To", "+33612345678").doesNotContainKey("ErrorCode");
            assertThat(validator.validate(call.url(), call.params(), call.signature())).isTrue();
        });
    }

    @Test
    void a_message_that_reported_delivered_is_fetched_as_delivered() throws Exception {
        Message message = Message.creator(new PhoneNumber("+33612345678"), new PhoneNumber(OUR_NUMBER), "Bonjour")
                .setStatusCallback(applicationUrl("/sms/status")).create(client);
        next(3);

        assertThat(Message.fetcher(message.getSid()).fetch(client).getStatus()).isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void an_unreachable_handset_reports_undelivered_with_twilios_error_code() throws Exception {
        Message.creator(new PhoneNumber(MagicNumbers.UNDELIVERED_TO), new PhoneNumber(OUR_NUMBER), "Bonjour")
                .setStatusCallback(applicationUrl("/sms/status")).create(client);

        List<Received> callbacks = next(3);

        assertThat(callbacks).extracting(call -> call.params().get("MessageStatus")).containsExactly("queued", "sent", "undelivered");
        assertThat(callbacks.get(2).params()).containsEntry("ErrorCode", "30003");
    }

    @Test
    void a_failed_message_reports_queued_then_failed_with_twilios_error_code() throws Exception {
        Message message = Message.creator(new PhoneNumber(MagicNumbers.FAILED_TO), new PhoneNumber(OUR_NUMBER), "Bonjour")
                .setStatusCallback(applicationUrl("/sms/status")).create(client);

        List<Received> callbacks = next(2);

        assertThat(callbacks).extracting(call -> call.params().get("MessageStatus")).containsExactly("queued", "failed");
        assertThat(callbacks.get(1).params()).containsEntry("ErrorCode", "30008");
        assertThat(Message.fetcher(message.getSid()).fetch(client).getErrorCode()).isEqualTo(30008);
    }

    @Test
    void a_callback_whose_parameters_were_changed_fails_validation() throws Exception {
        Message.creator(new PhoneNumber("+33612345678"), new PhoneNumber(OUR_NUMBER), "Bonjour")
                .setStatusCallback(applicationUrl("/sms/status")).create(client);
        Received queued = next(1).get(0);
        Map<String, String> tampered = new HashMap<>(queued.params());
        tampered.put("MessageStatus", "delivered");

        assertThat(validator.validate(queued.url(), queued.params(), queued.signature())).isTrue();
        assertThat(validator.validate(queued.url(), tampered, queued.signature())).isFalse();
        assertThat(new RequestValidator("another-token").validate(queued.url(), queued.params(), queued.signature())).isFalse();
    }

    @Test
    void an_inbound_text_is_posted_to_the_numbers_sms_url_signed_with_twilios_fields() throws Exception {
        URI smsUrl = applicationUrl("/sms/inbound?tenant=7");
        IncomingPhoneNumber.creator(new PhoneNumber("+14155550100")).setSmsUrl(smsUrl).create(client);

        int status = emulator.deliverInbound("+33612345678", "+14155550100", "fini ✅");

        assertThat(status).isEqualTo(200);
        Received inbound = next(1).get(0);
        assertThat(inbound.url()).isEqualTo(smsUrl.toString());
        assertThat(inbound.params()).containsEntry("AccountSid", ACCOUNT_SID).containsEntry("From", "+33612345678")
                .containsEntry("To", "+14155550100").containsEntry("Body", "fini ✅").containsEntry("NumMedia", "0")
                .containsEntry("NumSegments", "1");
        assertThat(inbound.params().get("MessageSid")).matches("SM[0-9a-f]{32}");
        assertThat(validator.validate(inbound.url(), inbound.params(), inbound.signature())).isTrue();
    }

    @Test
    void an_inbound_text_returns_the_status_the_application_answered() {
        IncomingPhoneNumber.creator(new PhoneNumber("+14155550100")).setSmsUrl(applicationUrl("/sms/inbound")).create(client);
        answer.set(503);

        assertThat(emulator.deliverInbound("+33612345678", "+14155550100", "Bonjour")).isEqualTo(503);
    }

    @Test
    void an_inbound_text_to_a_number_we_do_not_own_is_refused() {
        assertThatThrownBy(() -> emulator.deliverInbound("+33612345678", "+14155550100", "Bonjour"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private URI applicationUrl(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + application.getAddress().getPort() + pathAndQuery);
    }

    private List<Received> next(int count) throws InterruptedException {
        List<Received> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Received call = received.poll(5, TimeUnit.SECONDS);
            assertThat(call).as("webhook call %d of %d", i + 1, count).isNotNull();
            calls.add(call);
        }
        return calls;
    }
}
