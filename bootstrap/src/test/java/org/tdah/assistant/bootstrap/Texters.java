package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.InboundDelivery;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * What the SMS ITs share: people who text the assistant, made through the public API (email and
 * phone verified, consent to be texted given), the texts the emulator delivers to our webhook and
 * the replies it takes from us. The platform's (shared) number is {@link #PLATFORM}.
 */
final class Texters {
    static final String PLATFORM = "+15005550006";
    static final String INBOUND = "/api/v1/sms/twilio/inbound";
    static final Duration SOON = Duration.ofSeconds(10);

    /** A person, and the phone they text from. */
    record Texter(People.Person person, String phone) {}

    private final ApiClient api;
    private final People people;
    private final MailSink mail;

    Texters(ApiClient api, People people, MailSink mail) {
        this.api = api;
        this.people = people;
        this.mail = mail;
    }

    /** A new person with a verified email and phone who agreed to be texted. */
    Texter texter() {
        return texter(people.person());
    }

    /** This person, their email and a new phone verified, agreeing to be texted. */
    Texter texter(People.Person person) {
        String phone = aPhone();
        verifyEmail(person);
        assertThat(api.patchJson("/api/v1/users/me", person.token(), "{\"smsConsent\": true}").status()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/users/me/phone", person.token(), Map.of("phone", phone)).status()).isEqualTo(202);
        ApiClient.Reply verified = api.postJson("/api/v1/users/me/phone/verify", person.token(),
                Map.of("code", TestTwilio.lastCodeSentTo(phone)));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return new Texter(person, phone);
    }

    /** Verifies the person's email with the token the confirmation mail carries. */
    void verifyEmail(People.Person person) {
        String code = Mailboxes.awaitCode(mail, person.email(), "Confirm your email address", 1);
        assertThat(api.postJson("/api/v1/auth/verify-email", Map.of("token", code)).status()).isEqualTo(204);
    }

    /**
     * An application on the test servers for the emulator to text: on {@code port}, its public URL
     * there (so the signatures match), each number sending a text every 50 ms, prices asked for at
     * once; {@code more} settings on top.
     */
    static DropwizardAppExtension<AssistantConfiguration> application(MailSink mail, int port, Map<String, String> more) {
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "server.applicationConnectors[0].port", Integer.toString(port),
                "publicBaseUrl", "http://127.0.0.1:" + port,
                "sms.pace", "50 milliseconds",
                "sms.priceSettling", "0 seconds",
                "sms.priceCheckInterval", "200 milliseconds"));
        settings.putAll(more);
        return TestApplication.onTestServers(mail, settings);
    }

    /** A French mobile number no other test uses (in all likelihood). */
    static String aPhone() {
        return "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The emulator delivers a text to our webhook, signed; the webhook answers 200. */
    static InboundDelivery text(String from, String to, String body) {
        InboundDelivery delivery = TestTwilio.EMULATOR.deliverInboundText(from, to, body);
        assertThat(delivery.status()).as("the webhook's answer to " + body).isEqualTo(200);
        return delivery;
    }

    /** The texts to the phone, its verification codes left out. */
    static List<SentMessage> replies(String phone) {
        return TestTwilio.sentTo(phone).stream().filter(sms -> !sms.body().contains("is your TDAH Assistant code"))
                .toList();
    }

    static List<SentMessage> awaitReplies(String phone, int count) {
        await().atMost(SOON).untilAsserted(() -> assertThat(replies(phone)).hasSize(count));
        return replies(phone);
    }

    /** Still {@code count} texts to the phone a while later: nothing more was sent. */
    static void stillReplies(String phone, int count) throws InterruptedException {
        Thread.sleep(2500);
        assertThat(replies(phone)).as("texts to " + phone).hasSize(count);
    }

    /** How many rows of the intake hold this MessageSid, read straight from the database. */
    static int storedTexts(String databaseUrl, String messageSid) {
        try (var connection = DriverManager.getConnection(databaseUrl);
                var query = connection.prepareStatement("SELECT count(*) FROM sms_inbound WHERE message_sid = ?")) {
            query.setString(1, messageSid);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageSid() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "SM" + HexFormat.of().formatHex(bytes);
    }

    /** The parameters as a form body, in their order. */
    static String form(Map<String, String> params) {
        return params.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
