package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tdah.assistant.bootstrap.Texters.INBOUND;
import static org.tdah.assistant.bootstrap.Texters.PLATFORM;
import static org.tdah.assistant.bootstrap.Texters.aPhone;
import static org.tdah.assistant.bootstrap.Texters.freePort;
import static org.tdah.assistant.bootstrap.Texters.replies;

import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.adapters.sms.emulator.InboundDelivery;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * {@code sms-router} serves the intake alone: on its own port it takes the provider's signed
 * webhooks and no other API, and it routes and answers texts by itself, while a {@code server}
 * on the same database, told to leave the webhooks to it, serves the API without them.
 */
class SmsRouterCommandIT {
    private static final MailSink MAIL = MailSink.start();

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void the_router_takes_and_answers_texts_on_its_own_port_and_serves_nothing_else() throws Exception {
        String databaseUrl = TestServers.newDatabase();
        String redisUrl = TestServers.newRedisDatabase();
        int routerPort = freePort();
        String routerBase = "http://127.0.0.1:" + routerPort;
        // Both instances state every setting either changes: overrides are system properties, shared by the two.
        Map<String, String> settings = Map.of("jobs.enabled", "false", "sms.webhooks", "false",
                "sms.routerPort", Integer.toString(routerPort), "publicBaseUrl", routerBase,
                "sms.pace", "50 milliseconds");
        DropwizardAppExtension<AssistantConfiguration> server = TestApplication.on(() -> databaseUrl, () -> redisUrl,
                MAIL, settings);
        server.before();
        try {
            ApiClient api = TestApplication.api(server);
            assertThat(api.postForm(INBOUND, "From=%2B15551230001").status())
                    .as("the server leaves the webhooks to the router").isEqualTo(404);
            String phone = aPhone();
            String token = personTextingFrom(api, phone);

            DropwizardTestSupport<AssistantConfiguration> router = TestApplication.smsRouter(() -> databaseUrl,
                    () -> redisUrl, MAIL, settings);
            router.before();
            try {
                assertThat(router.getLocalPort()).isEqualTo(routerPort);
                TestTwilio.ownPlatformNumber(router.getConfiguration());
                ApiClient routerApi = new ApiClient(routerBase);
                assertThat(routerApi.postJson("/api/v1/auth/login", Map.of("email", "a@example.org", "password", "x"))
                        .status()).as("no login on the router").isEqualTo(404);
                assertThat(routerApi.getWithToken("/api/v1/users/me", token).status()).isEqualTo(404);
                assertThat(routerApi.postForm(INBOUND, "From=%2B15551230001").status())
                        .as("an unsigned call is refused").isEqualTo(403);

                InboundDelivery delivered = TestTwilio.EMULATOR.deliverInboundText(phone, PLATFORM, "add buy batteries");
                assertThat(delivered.status()).isEqualTo(200);
                SentMessage answer = awaitReply(phone);
                assertThat(answer.from()).isEqualTo(PLATFORM);
                assertThat(answer.body()).containsIgnoringCase("batteries");
                PrometheusScrape metrics = PrometheusScrape.parse(
                        new ApiClient("http://127.0.0.1:" + router.getAdminPort()).get("/prometheus").body());
                assertThat(metrics.value("assistant_http_requests_seconds_count", "method", "POST",
                        "route", "/api/v1/sms/twilio/inbound", "status", "200"))
                        .as("the router's own metrics, on its admin port").isEqualTo(1);
                assertThat(metrics.value("assistant_sms_total", "direction", "inbound", "outcome", "received"))
                        .isEqualTo(1);

                server.after();
                String stranger = aPhone();
                assertThat(TestTwilio.EMULATOR.deliverInboundText(stranger, PLATFORM, "who is this?").status())
                        .as("the intake works with the API down").isEqualTo(200);
                assertThat(awaitReply(stranger).body()).contains(routerBase);
            } finally {
                router.after();
            }
        } finally {
            server.after();
        }
    }

    /** Registered through the API, their phone verified, agreed to be texted; their access token. */
    private static String personTextingFrom(ApiClient api, String phone) {
        String token = api.registerAndLogIn("router-" + phone.substring(1) + "@example.org", People.PASSWORD, "Sam");
        assertThat(api.postJson("/api/v1/users/me/phone", token, Map.of("phone", phone)).status()).isEqualTo(202);
        ApiClient.Reply verified = api.postJson("/api/v1/users/me/phone/verify", token,
                Map.of("code", TestTwilio.lastCodeSentTo(phone)));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return token;
    }

    private static SentMessage awaitReply(String phone) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(replies(phone)).isNotEmpty());
        return replies(phone).get(0);
    }

}
