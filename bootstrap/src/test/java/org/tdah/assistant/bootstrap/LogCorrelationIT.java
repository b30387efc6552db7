package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tdah.assistant.bootstrap.Texters.INBOUND;
import static org.tdah.assistant.bootstrap.Texters.PLATFORM;
import static org.tdah.assistant.bootstrap.Texters.SOON;
import static org.tdah.assistant.bootstrap.Texters.form;
import static org.tdah.assistant.bootstrap.Texters.freePort;
import static org.tdah.assistant.bootstrap.Texters.messageSid;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.email.SmtpMailbox;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.ReceivedRequest;
import org.tdah.assistant.adapters.sms.emulator.TwilioSignature;
import org.tdah.assistant.adapters.sms.twilio.RequestIdHttpClient;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The request id of a request follows the work it causes onto other threads and out of the
 * process: the email a registration queues is sent by the outbox job with the registration's id in
 * its log line and in its {@code X-Request-Id} header; a text delivered to the SMS webhook is routed,
 * answered and texted back by the SMS pump's threads with the webhook call's id in the Twilio call's
 * log line and in its {@code X-Request-Id} header to Twilio.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LogCorrelationIT {
    private static final int PORT = freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = Texters.application(MAIL, PORT, Map.of());
    private static final ListAppender<ILoggingEvent> LINES = new ListAppender<>();

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);
    private final Texters texters = new Texters(api, people, MAIL);

    /** Listens to the lines of the SMTP and Twilio calls, once the application configured logging. */
    @BeforeAll
    static void listenToOutboundCalls() {
        TestTwilio.ownPlatformNumber(APP.getConfiguration());
        LINES.start();
        ((Logger) LoggerFactory.getLogger(SmtpMailbox.LOGGER)).addAppender(LINES);
        ((Logger) LoggerFactory.getLogger(RequestIdHttpClient.LOGGER)).addAppender(LINES);
    }

    @AfterAll
    static void stopListening() {
        ((Logger) LoggerFactory.getLogger(SmtpMailbox.LOGGER)).detachAppender(LINES);
        ((Logger) LoggerFactory.getLogger(RequestIdHttpClient.LOGGER)).detachAppender(LINES);
        MAIL.close();
    }

    private static List<ILoggingEvent> linesOf(String requestId, String logger) {
        synchronized (LINES) {
            return LINES.list.stream().filter(line -> line.getLoggerName().equals(logger))
                    .filter(line -> requestId.equals(line.getMDCPropertyMap().get("requestId"))).toList();
        }
    }

    @Test
    void the_email_a_registration_queues_is_sent_by_the_outbox_job_under_the_registrations_request_id() {
        String requestId = "it-register-" + UUID.randomUUID();
        String email = "correlated-" + UUID.randomUUID() + "@example.org";

        ApiClient.Reply registered = api.send(api.request("/api/v1/auth/register").header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + People.PASSWORD
                        + "\",\"displayName\":\"Corr\"}")));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.header("X-Request-Id")).isEqualTo(requestId);
        await().atMost(SOON).untilAsserted(() -> assertThat(MAIL.headerOfMessagesTo(email, "X-Request-Id"))
                .containsExactly(requestId));
        await().atMost(SOON).untilAsserted(() -> assertThat(linesOf(requestId, SmtpMailbox.LOGGER)).singleElement()
                .satisfies(line -> {
                    assertThat(line.getFormattedMessage()).startsWith("SMTP took email ");
                    assertThat(line.getThreadName()).as("sent by the outbox job, not by the request")
                            .doesNotStartWith("dw-");
                }));
    }

    @Test
    void a_text_delivered_to_the_webhook_is_routed_answered_and_texted_back_under_the_webhook_calls_request_id() {
        Texters.Texter person = texters.texter();
        String requestId = "it-sms-" + UUID.randomUUID();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", TestTwilio.ACCOUNT_SID);
        params.put("MessageSid", messageSid());
        params.put("From", person.phone());
        params.put("To", PLATFORM);
        params.put("Body", "add water the plants");
        params.put("NumSegments", "1");

        ApiClient.Reply delivered = api.send(HttpRequest.newBuilder(URI.create(BASE + INBOUND)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Request-Id", requestId)
                .header("X-Twilio-Signature", TwilioSignature.of(TestTwilio.AUTH_TOKEN, BASE + INBOUND, params))
                .POST(HttpRequest.BodyPublishers.ofString(form(params))));

        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(Texters.awaitReplies(person.phone(), 1).get(0).body()).containsIgnoringCase("water the plants");
        assertThat(TestTwilio.EMULATOR.received()).filteredOn(request -> request.requestId().equals(Optional.of(requestId)))
                .extracting(ReceivedRequest::method, ReceivedRequest::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POST",
                        "/2010-04-01/Accounts/" + TestTwilio.ACCOUNT_SID + "/Messages.json"));
        await().atMost(SOON).untilAsserted(() -> assertThat(linesOf(requestId, RequestIdHttpClient.LOGGER)).singleElement()
                .satisfies(line -> {
                    assertThat(line.getFormattedMessage())
                            .isEqualTo("Twilio POST /2010-04-01/Accounts/{AccountSid}/Messages.json 201 "
                                    + line.getArgumentArray()[3] + " ms");
                    assertThat(line.getThreadName()).as("sent by the SMS pump").isEqualTo("sms-sender");
                }));
    }
}
