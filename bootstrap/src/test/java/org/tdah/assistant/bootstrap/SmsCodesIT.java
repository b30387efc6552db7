package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * SMS codes over HTTP, sent for real by twilio-java to the Twilio API emulator: verifying a phone,
 * SMS as a second factor and a login with it, expiry on a clock the test moves, a number that
 * cannot take texts, the recent authentication a new number needs, and Twilio down as a 503.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SmsCodesIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServersWithMovableClock(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";

    private final ApiClient api = TestApplication.api(APP);
    private String email;
    private String token;
    private String phone;

    /** A French mobile number no other test uses, typed with spaces as people do. */
    private static String aPhone() {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return "+33 6 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6);
    }

    private static String e164(String typed) {
        return typed.replace(" ", "");
    }

    @BeforeEach
    void logIn() {
        email = "sms-" + UUID.randomUUID() + "@example.org";
        token = api.registerAndLogIn(email, PASSWORD, "Sam");
        phone = aPhone();
    }

    private ApiClient.Reply post(String path, Object body) {
        return api.postJson(path, token, body);
    }

    private String lastCode() {
        return TestTwilio.lastCodeSentTo(phone);
    }

    private void turnOnSmsCodes() {
        assertThat(post("/api/v1/mfa/sms/setup", Map.of("phone", phone)).status()).isEqualTo(202);
        assertThat(post("/api/v1/mfa/sms/confirm", Map.of("code", lastCode())).status()).isEqualTo(200);
    }

    @Test
    void a_code_texted_through_twilio_turns_sms_codes_on_and_then_finishes_a_login() {
        ApiClient.Reply sent = post("/api/v1/mfa/sms/setup", Map.of("phone", phone));

        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().get("sentTo").asText()).isEqualTo("•••" + e164(phone).substring(e164(phone).length() - 2));
        assertThat(sent.json().get("expiresIn").asInt()).isEqualTo(600);
        assertThat(sent.body()).doesNotContain(e164(phone));
        SentMessage text = TestTwilio.sentTo(phone).get(0);
        assertThat(text.from()).isEqualTo("+15005550006");
        assertThat(text.body()).matches("\\d{6} is your TDAH Assistant code\\. It expires in 10 minutes\\..*");

        String wrong = lastCode().equals("000000") ? "111111" : "000000";
        assertThat(post("/api/v1/mfa/sms/confirm", Map.of("code", wrong)).status()).isEqualTo(422);
        ApiClient.Reply confirmed = post("/api/v1/mfa/sms/confirm", Map.of("code", lastCode()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("phone").asText()).isEqualTo(e164(phone));
        assertThat(confirmed.json().get("smsMfa").asBoolean()).isTrue();

        JsonNode me = api.getWithToken("/api/v1/users/me", token).json();
        assertThat(me.get("phone").asText()).isEqualTo(e164(phone));
        assertThat(me.get("mfa").get("methods").toString()).isEqualTo("[\"sms\"]");

        JsonNode challenge = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).json();
        assertThat(challenge.get("mfaRequired").asBoolean()).isTrue();
        assertThat(challenge.has("accessToken")).isFalse();
        assertThat(challenge.get("methods").toString()).isEqualTo("[\"sms\"]");
        String mfaToken = challenge.get("mfaToken").asText();
        assertThat(api.postJson("/api/v1/auth/mfa/sms/send", Map.of("mfaToken", mfaToken)).status()).isEqualTo(202);
        String loginCode = lastCode();

        ApiClient.Reply loggedIn = api.postJson("/api/v1/auth/mfa/verify",
                Map.of("mfaToken", mfaToken, "method", "sms", "code", loginCode));
        assertThat(loggedIn.status()).as(loggedIn.body()).isEqualTo(200);
        assertThat(loggedIn.json().get("accessToken").asText()).isNotBlank();

        String secondToken = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .json().get("mfaToken").asText();
        assertThat(api.postJson("/api/v1/auth/mfa/verify", Map.of("mfaToken", secondToken, "method", "sms", "code", loginCode))
                .status()).as("a code is used once").isEqualTo(401);
    }

    @Test
    void a_code_is_worthless_after_ten_minutes() {
        post("/api/v1/users/me/phone", Map.of("phone", phone));
        ClockedAssistantApplication.CLOCK.advance(Duration.ofMinutes(10).plusSeconds(1));

        ApiClient.Reply late = post("/api/v1/users/me/phone/verify", Map.of("code", lastCode()));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).endsWith("/nothing-to-confirm");
    }

    @Test
    void a_phone_verified_apart_from_mfa_adds_no_second_factor() {
        assertThat(post("/api/v1/users/me/phone", Map.of("phone", phone)).status()).isEqualTo(202);
        ApiClient.Reply verified = post("/api/v1/users/me/phone/verify", Map.of("code", lastCode()));

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("smsMfa").asBoolean()).isFalse();
        assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).json()
                .has("accessToken")).isTrue();
    }

    @Test
    void bad_numbers_are_4xx_problems_and_send_nothing() {
        ApiClient.Reply malformed = post("/api/v1/users/me/phone", Map.of("phone", "06 12 34 56 78"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");

        // Twilio's test number of a line that cannot receive SMS (error 21614).
        ApiClient.Reply landline = post("/api/v1/users/me/phone", Map.of("phone", "+15005550009"));
        assertThat(landline.status()).as(landline.body()).isEqualTo(422);
        assertThat(landline.body()).contains("cannot receive text messages");
        assertThat(TestTwilio.sentTo("+15005550009")).isEmpty();

        // Twilio's test number of a recipient who replied STOP (error 21610).
        ApiClient.Reply unsubscribed = post("/api/v1/users/me/phone", Map.of("phone", "+15005550004"));
        assertThat(unsubscribed.status()).as(unsubscribed.body()).isEqualTo(409);
        assertThat(unsubscribed.json().get("type").asText()).endsWith("/sms-undeliverable");
        assertThat(api.postJson("/api/v1/users/me/phone/verify", token, Map.of("code", "123456")).json()
                .get("type").asText()).as("no code is waiting").endsWith("/nothing-to-confirm");
    }

    @Test
    void a_new_number_needs_a_recent_authentication_which_a_texted_code_gives() {
        turnOnSmsCodes();
        ClockedAssistantApplication.CLOCK.advance(Duration.ofMinutes(6));

        ApiClient.Reply refused = post("/api/v1/users/me/phone", Map.of("phone", aPhone()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).endsWith("/reauthentication-required");
        assertThat(api.deleteWithToken("/api/v1/mfa/sms", token).status()).isEqualTo(403);

        assertThat(post("/api/v1/auth/reauthenticate/sms/send", null).status()).isEqualTo(202);
        assertThat(post("/api/v1/auth/reauthenticate", Map.of("method", "sms", "code", lastCode())).status()).isEqualTo(204);
        assertThat(api.deleteWithToken("/api/v1/mfa/sms", token).status()).isEqualTo(204);
        assertThat(api.getWithToken("/api/v1/users/me", token).json().get("mfa").get("methods").size()).isZero();
    }

    @Test
    void twilio_down_is_a_503_and_the_next_try_works_when_it_is_back() {
        TestTwilio.EMULATOR.failAllRequests(503, 20503);
        try {
            ApiClient.Reply down = post("/api/v1/users/me/phone", Map.of("phone", phone));
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().get("type").asText()).endsWith("/service-unavailable");
            assertThat(down.body()).doesNotContain(e164(phone)).doesNotContain("dev-twilio-auth-token");
        } finally {
            TestTwilio.EMULATOR.stopFailing();
        }
        assertThat(post("/api/v1/users/me/phone", Map.of("phone", phone)).status()).isEqualTo(202);
        assertThat(post("/api/v1/users/me/phone/verify", Map.of("code", lastCode())).status()).isEqualTo(200);
    }

    @Test
    void three_texts_per_quarter_hour_then_429_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/v1/users/me/phone", Map.of("phone", phone)).status()).isEqualTo(202);
        }
        ApiClient.Reply fourth = post("/api/v1/users/me/phone", Map.of("phone", phone));

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isNotBlank();
        assertThat(TestTwilio.sentTo(phone)).hasSize(3);
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }
}
