package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tdah.assistant.bootstrap.Texters.INBOUND;
import static org.tdah.assistant.bootstrap.Texters.PLATFORM;
import static org.tdah.assistant.bootstrap.Texters.SOON;
import static org.tdah.assistant.bootstrap.Texters.aPhone;
import static org.tdah.assistant.bootstrap.Texters.awaitReplies;
import static org.tdah.assistant.bootstrap.Texters.form;
import static org.tdah.assistant.bootstrap.Texters.freePort;
import static org.tdah.assistant.bootstrap.Texters.messageSid;
import static org.tdah.assistant.bootstrap.Texters.replies;
import static org.tdah.assistant.bootstrap.Texters.stillReplies;
import static org.tdah.assistant.bootstrap.Texters.storedTexts;
import static org.tdah.assistant.bootstrap.Texters.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.OwnedNumber;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.adapters.sms.emulator.TwilioSignature;
import org.tdah.assistant.bootstrap.Texters.Texter;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.sms.SmsSegments;

/**
 * The SMS router end to end, on the shared Twilio emulator: a person texting the platform number
 * gets the assistant's answer, forged or altered webhook calls are refused, a text delivered twenty
 * times at once is answered once, STOP and START, a stranger's one onboarding text, the usage the
 * person sees, and a premium person's dedicated number.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SmsRouterIT {
    private static final int PORT = freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = Texters.application(MAIL, PORT,
            Map.of("reminders.pollingInterval", "100 milliseconds"));

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);
    private final Texters texters = new Texters(api, people, MAIL);


    @BeforeAll
    static void ownThePlatformNumber() {
        TestTwilio.ownPlatformNumber(APP.getConfiguration());
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static Map<String, String> inboundParams(String from, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", TestTwilio.ACCOUNT_SID);
        params.put("MessageSid", messageSid());
        params.put("From", from);
        params.put("To", PLATFORM);
        params.put("Body", body);
        params.put("NumSegments", "1");
        return params;
    }

    private static HttpRequest webhook(Map<String, String> params, String signature) {
        return HttpRequest.newBuilder(URI.create(BASE + INBOUND)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build();
    }

    private static String signed(Map<String, String> params) {
        return TwilioSignature.of(TestTwilio.AUTH_TOKEN, BASE + INBOUND, params);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_person_texting_the_shared_number_gets_the_assistants_answer_and_an_sms_conversation() {
        Texter person = texters.texter();
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> params = inboundParams(person.phone(), "remind me to call the pharmacy at 4pm");

        HttpResponse<String> answered = send(http, webhook(params, signed(params)));

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).startsWith("<?xml").contains("<Response/>");
        assertThat(answered.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        SentMessage reply = awaitReplies(person.phone(), 1).get(0);
        assertThat(reply.from()).isEqualTo(PLATFORM);
        assertThat(reply.body()).containsIgnoringCase("pharmacy");
        JsonNode conversations = api.getWithToken("/api/v1/conversations", person.person().token()).json().get("items");
        assertThat(StreamSupport.stream(conversations.spliterator(), false).map(c -> c.get("channel").asText()))
                .contains("sms");
    }

    @Test
    void the_emulator_delivering_a_text_to_the_shared_number_is_answered_from_it() {
        Texter person = texters.texter();

        text(person.phone(), PLATFORM, "add buy bread");

        SentMessage reply = awaitReplies(person.phone(), 1).get(0);
        assertThat(reply.from()).isEqualTo(PLATFORM);
        assertThat(reply.body()).containsIgnoringCase("bread");
    }

    @Test
    void a_forged_or_altered_webhook_call_is_a_403_and_nothing_is_texted_back() throws Exception {
        Texter person = texters.texter();
        HttpClient http = HttpClient.newHttpClient();

        Map<String, String> forged = inboundParams(person.phone(), "add buy milk");
        HttpResponse<String> bogus = send(http, webhook(forged, "bogus"));
        Map<String, String> altered = inboundParams(person.phone(), "add buy milk");
        String signature = signed(altered);
        altered.put("Body", "add buy a yacht");
        HttpResponse<String> changed = send(http, webhook(altered, signature));
        Map<String, String> unsigned = inboundParams(person.phone(), "add buy milk");
        HttpResponse<String> none = send(http, HttpRequest.newBuilder(URI.create(BASE + INBOUND))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(unsigned))).build());

        assertThat(bogus.statusCode()).as(bogus.body()).isEqualTo(403);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(403);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(403);
        assertThat(kept(forged.get("MessageSid")) + kept(altered.get("MessageSid"))
                + kept(unsigned.get("MessageSid"))).as("texts kept").isZero();
        stillReplies(person.phone(), 0);
        // The same text, signed as Twilio signs it, is taken: the refusals were the signatures.
        assertThat(send(http, webhook(forged, signed(forged))).statusCode()).isEqualTo(200);
        assertThat(kept(forged.get("MessageSid"))).isEqualTo(1);
    }

    /** How many rows of the intake hold this MessageSid. */
    private static int kept(String messageSid) {
        return storedTexts(APP.getConfiguration().database.url, messageSid);
    }

    @Test
    void twenty_racing_deliveries_of_one_text_all_answer_200_keep_it_once_and_are_answered_once() throws Exception {
        Texter person = texters.texter();
        Map<String, String> params = inboundParams(person.phone(), "add buy milk");
        HttpRequest request = webhook(params, signed(params));
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return send(http, request);
            }, runnable -> new Thread(runnable).start()));
        }
        start.countDown();

        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).startsWith("<?xml").contains("<Response/>");
        }
        assertThat(kept(params.get("MessageSid"))).isEqualTo(1);
        awaitReplies(person.phone(), 1);
        stillReplies(person.phone(), 1);
        assertThat(TestTwilio.EMULATOR.redeliver(text(person.phone(), PLATFORM, "add buy eggs").messageSid()))
                .isEqualTo(200);
        awaitReplies(person.phone(), 2);
        stillReplies(person.phone(), 2);
    }

    @Test
    void stop_opts_out_silently_and_blocks_reminders_then_start_opts_back_in() throws Exception {
        Texter person = texters.texter();
        String token = person.person().token();
        ApiClient.Reply chosen = api.putJson("/api/v1/users/me/preferences", token, "{\"quietHours\": null, "
                + "\"nagIntervalMinutes\": 10, \"maxNags\": 0, \"checkInTime\": null, \"reminderChannels\": [\"sms\"]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(api.getWithToken("/api/v1/users/me", token).json().get("smsConsent").get("given").asBoolean()).isTrue();

        text(person.phone(), PLATFORM, "STOP");

        await().atMost(SOON).untilAsserted(() -> assertThat(api.getWithToken("/api/v1/users/me", token).json()
                .get("smsConsent").isNull()).isTrue());
        stillReplies(person.phone(), 0);
        // a code is not texted either, and the person is told why and what to do
        ApiClient.Reply code = api.postJson("/api/v1/users/me/phone", token, Map.of("phone", person.phone()));
        assertThat(code.status()).as(code.body()).isEqualTo(409);
        assertThat(code.json().get("type").asText()).endsWith("/sms-undeliverable");
        assertThat(code.json().get("detail").asText()).contains("STOP", "START");
        assertThat(TestTwilio.sentTo(person.phone())).as("only the first verification code").hasSize(1);

        assertThat(api.patchJson("/api/v1/users/me", token, "{\"smsConsent\": true}").status()).isEqualTo(200);
        ApiClient.Reply reminder = api.postJson("/api/v1/reminders", token,
                Map.of("text", "stretch", "dueAt", Instant.now().plusSeconds(2).toString()));
        assertThat(reminder.status()).as(reminder.body()).isEqualTo(201);
        Thread.sleep(2000);
        stillReplies(person.phone(), 0);

        text(person.phone(), PLATFORM, "START");

        SentMessage confirmed = awaitReplies(person.phone(), 1).get(0);
        assertThat(confirmed.from()).isEqualTo(PLATFORM);
        // The consent given in the profile meanwhile is kept, with its time and source.
        assertThat(api.getWithToken("/api/v1/users/me", token).json().get("smsConsent").path("source").asText())
                .isEqualTo("profile");
        // Opted in again, a reminder due now is texted: the silence before was the opt-out.
        assertThat(api.postJson("/api/v1/reminders", token,
                Map.of("text", "drink water", "dueAt", Instant.now().plusSeconds(2).toString())).status()).isEqualTo(201);
        await().atMost(SOON).untilAsserted(() -> assertThat(replies(person.phone()).stream().map(SentMessage::body))
                .anyMatch(body -> body.contains("drink water")));
    }

    @Test
    void start_records_the_consent_to_be_texted_with_the_sms_as_its_source() throws Exception {
        Texter person = texters.texter();
        String token = person.person().token();
        text(person.phone(), PLATFORM, "stop");
        await().atMost(SOON).untilAsserted(() -> assertThat(api.getWithToken("/api/v1/users/me", token).json()
                .get("smsConsent").isNull()).isTrue());

        text(person.phone(), PLATFORM, "Start");

        await().atMost(SOON).untilAsserted(() -> assertThat(api.getWithToken("/api/v1/users/me", token).json()
                .get("smsConsent").path("source").asText()).isEqualTo("sms"));
        assertThat(awaitReplies(person.phone(), 1).get(0).from()).isEqualTo(PLATFORM);
    }

    @Test
    void a_stranger_gets_one_onboarding_text_with_the_sign_up_link() throws Exception {
        String stranger = aPhone();

        text(stranger, PLATFORM, "hello?");

        SentMessage onboarding = awaitReplies(stranger, 1).get(0);
        assertThat(onboarding.from()).isEqualTo(PLATFORM);
        assertThat(onboarding.body()).contains(BASE);
        text(stranger, PLATFORM, "hello??");
        stillReplies(stranger, 1);
    }

    @Test
    void a_person_sees_the_usage_of_their_exchange_by_day() {
        Texter person = texters.texter();
        text(person.phone(), PLATFORM, "add buy apples");
        awaitReplies(person.phone(), 1);

        await().atMost(SOON).untilAsserted(() -> {
            ApiClient.Reply usage = api.getWithToken("/api/v1/sms/usage?by=day", person.person().token());
            assertThat(usage.status()).as(usage.body()).isEqualTo(200);
            List<JsonNode> items = StreamSupport.stream(usage.json().get("items").spliterator(), false).toList();
            assertThat(items).extracting(item -> item.get("direction").asText()).contains("inbound", "outbound");
            assertThat(items).allSatisfy(item -> {
                assertThat(item.get("messages").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(item.get("segments").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(item.get("currency").asText()).isEqualTo("USD");
                assertThat(item.get("period").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            });
        });
    }

    @Test
    void usage_counts_segments_the_providers_way_for_gsm_7_accented_french_and_emoji_and_costs_its_prices() {
        Texter person = texters.texter();
        // 159 GSM-7 characters, two of them of its extension table ("[" and "]", that count double): 161 septets,
        // 2 segments (one would hold 160)
        String gsm = "add " + "a".repeat(152) + "[x]";
        // ê and â are not GSM-7: UCS-2, 67 characters a segment in a long text, so 90 characters are 2 segments
        String french = "ajoute préparer la fête de Zoé avec les gâteaux, les bougies, les ballons et les cadeaux!!";
        // é and è are GSM-7: one segment
        String accentedButGsm = "ajoute appeler le médecin après le déjeuner";
        // the emoji is two UTF-16 units of UCS-2: 75 units, 2 segments (one would hold 70)
        String emoji = "add celebrate the end of the week with friends, at the park, with a cake 🎉";
        assertThat(List.of(gsm.length(), french.length(), emoji.length())).containsExactly(159, 90, 75);

        for (String body : List.of(gsm, french, accentedButGsm, emoji)) {
            text(person.phone(), PLATFORM, body);
        }
        List<SentMessage> texted = awaitReplies(person.phone(), 4);

        await().atMost(SOON).untilAsserted(() -> {
            ApiClient.Reply usage = api.getWithToken("/api/v1/sms/usage?by=day", person.person().token());
            assertThat(usage.status()).as(usage.body()).isEqualTo(200);
            Map<String, JsonNode> byDirection = StreamSupport.stream(usage.json().get("items").spliterator(), false)
                    .collect(Collectors.toMap(item -> item.get("direction").asText(), item -> item));
            JsonNode inbound = byDirection.get("inbound");
            assertThat(inbound.get("messages").asLong()).isEqualTo(4);
            assertThat(inbound.get("segments").asLong()).isEqualTo(2 + 2 + 1 + 2);
            JsonNode outbound = byDirection.get("outbound");
            // the replies: the verification code went to a phone not verified yet, so it is nobody's usage
            long sent = replies(person.phone()).size();
            long segments = replies(person.phone()).stream()
                    .mapToLong(sms -> SmsSegments.of(sms.body()).count()).sum(); // as the emulator counts them
            assertThat(outbound.get("messages").asLong()).isEqualTo(sent);
            assertThat(outbound.get("segments").asLong()).isEqualTo(segments);
            // the emulator prices a segment 0.0079 USD; the reconciled cost is its price, no longer an estimate
            assertThat(outbound.get("estimated").asBoolean()).isFalse();
            assertThat(new BigDecimal(outbound.get("cost").asText()))
                    .isEqualByComparingTo(new BigDecimal("0.0079").multiply(BigDecimal.valueOf(segments)));
        });
        assertThat(texted).hasSize(4);
    }

    @Test
    void a_premium_persons_dedicated_number_is_bought_texting_our_webhook() {
        Texter person = texters.texter(people.premium());

        ApiClient.Reply bought = api.postJson("/api/v1/phone-numbers", person.person().token(), Map.of());

        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        assertThat(bought.json().get("mode").asText()).isEqualTo("dedicated");
        String number = bought.json().get("phoneNumber").asText();
        assertThat(TestTwilio.EMULATOR.numbers()).filteredOn(owned -> owned.phoneNumber().equals(number))
                .extracting(OwnedNumber::smsUrl).containsExactly(URI.create(BASE + INBOUND));
    }

    @Test
    void a_text_to_a_dedicated_number_is_answered_from_it() {
        Texter person = texters.texter(people.premium());
        ApiClient.Reply bought = api.postJson("/api/v1/phone-numbers", person.person().token(), Map.of());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String number = bought.json().get("phoneNumber").asText();

        text(person.phone(), number, "add buy stamps");
        SentMessage reply = awaitReplies(person.phone(), 1).get(0);
        assertThat(reply.from()).isEqualTo(number);
        assertThat(reply.body()).containsIgnoringCase("stamps");
    }
}
