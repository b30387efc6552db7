package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tdah.assistant.bootstrap.Texters.INBOUND;
import static org.tdah.assistant.bootstrap.Texters.PLATFORM;
import static org.tdah.assistant.bootstrap.Texters.SOON;
import static org.tdah.assistant.bootstrap.Texters.awaitReplies;
import static org.tdah.assistant.bootstrap.Texters.form;
import static org.tdah.assistant.bootstrap.Texters.freePort;
import static org.tdah.assistant.bootstrap.Texters.messageSid;
import static org.tdah.assistant.bootstrap.Texters.stillReplies;
import static org.tdah.assistant.bootstrap.Texters.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.OwnedNumber;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.bootstrap.Texters.Texter;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Dedicated numbers, the webhooks of the provider and what texting costs, end to end on the shared
 * Twilio emulator: a premium person gets a number and gives it back (nobody else can), people who
 * may not have one are refused before anything is bought, administrators see and release every
 * number, a number whose webhook drifted at the provider is set back by the scheduled check, the
 * provider's status callbacks land in a redacted channel log (a forged one as a 403), the
 * administrators' usage per person and number comes as JSON and CSV, a person texting in a loop is
 * answered at most ten times a minute with every text kept, and a text longer than one SMS body
 * is kept and answered.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SmsNumbersAndUsageIT {
    private static final String STATUS = "/api/v1/sms/twilio/status";
    private static final int PORT = freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = Texters.application(MAIL, PORT,
            Map.of("sms.webhookCheckInterval", "1 second"));

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

    private ApiClient.Reply get(String token, String path, String accept) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token).header("Accept", accept).GET());
    }

    /** Buys the person a dedicated number: the JSON of the 201. */
    private JsonNode provision(People.Person person) {
        ApiClient.Reply bought = api.postJson("/api/v1/phone-numbers", person.token(), Map.of());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        assertThat(bought.json().get("mode").asText()).isEqualTo("dedicated");
        return bought.json();
    }

    /** The person's own numbers, as {@code GET /phone-numbers} lists them. */
    private List<JsonNode> numbersOf(People.Person person) {
        ApiClient.Reply listed = api.getWithToken("/api/v1/phone-numbers", person.token());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return items(listed.json());
    }

    private static JsonNode withId(List<JsonNode> numbers, String id) {
        return numbers.stream().filter(number -> number.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no number " + id + " in " + numbers));
    }

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    /** The numbers the emulated account owns now. */
    private static List<String> ownedAtTwilio() {
        return TestTwilio.EMULATOR.numbers().stream().map(OwnedNumber::phoneNumber).toList();
    }

    private static OwnedNumber atTwilio(String phoneNumber) {
        return TestTwilio.EMULATOR.numbers().stream().filter(owned -> owned.phoneNumber().equals(phoneNumber))
                .findFirst().orElseThrow(() -> new AssertionError("the emulator does not own " + phoneNumber));
    }

    /** Every entry of a paged admin list, following {@code nextCursor}. */
    private List<JsonNode> everyPage(String token, String path) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Reply page = api.getWithToken(path + "?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            all.addAll(items(page.json()));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return all;
    }

    /** The messages of the person's SMS conversation, oldest first. */
    private List<JsonNode> smsConversation(People.Person person) {
        JsonNode conversations = api.getWithToken("/api/v1/conversations", person.token()).json();
        String id = items(conversations).stream().filter(c -> c.get("channel").asText().equals("sms")).findFirst()
                .orElseThrow(() -> new AssertionError("no sms conversation in " + conversations)).get("id").asText();
        ApiClient.Reply messages = api.getWithToken("/api/v1/conversations/" + id + "/messages?limit=100", person.token());
        assertThat(messages.status()).as(messages.body()).isEqualTo(200);
        List<JsonNode> newestFirst = new ArrayList<>(items(messages.json()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static List<String> bodiesBy(List<JsonNode> messages, String author) {
        return messages.stream().filter(message -> message.get("author").asText().equals(author))
                .map(message -> message.get("body").asText()).toList();
    }

    @Test
    void a_premium_person_gets_a_number_sees_it_and_releases_it_back_to_twilio_and_nobody_else_can() {
        Texter owner = texters.texter(people.premium());
        People.Person stranger = people.premium();

        JsonNode bought = provision(owner.person());
        String id = bought.get("id").asText();
        String number = bought.get("phoneNumber").asText();

        assertThat(ownedAtTwilio()).contains(number);
        JsonNode listed = withId(numbersOf(owner.person()), id);
        assertThat(listed.get("phoneNumber").asText()).isEqualTo(number);
        assertThat(listed.get("status").asText()).isEqualTo("active");
        assertThat(listed.has("releasedAt")).isFalse();
        assertThat(numbersOf(stranger)).extracting(n -> n.get("id").asText()).doesNotContain(id);

        ApiClient.Reply notTheirs = api.deleteWithToken("/api/v1/phone-numbers/" + id, stranger.token());
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        assertThat(ownedAtTwilio()).as("the number after a stranger's DELETE").contains(number);
        assertThat(withId(numbersOf(owner.person()), id).get("status").asText()).isEqualTo("active");

        ApiClient.Reply released = api.deleteWithToken("/api/v1/phone-numbers/" + id, owner.person().token());

        assertThat(released.status()).as(released.body()).isEqualTo(204);
        assertThat(ownedAtTwilio()).as("the numbers Twilio bills us for").doesNotContain(number);
        JsonNode afterwards = withId(numbersOf(owner.person()), id);
        assertThat(afterwards.get("status").asText()).isEqualTo("released");
        assertThat(afterwards.get("releasedAt").asText()).isNotBlank();
        // Released, the person may get a number again.
        JsonNode again = provision(owner.person());
        assertThat(again.get("id").asText()).isNotEqualTo(id);
        assertThat(api.deleteWithToken("/api/v1/phone-numbers/" + again.get("id").asText(), owner.person().token())
                .status()).isEqualTo(204);
    }

    @Test
    void a_number_is_refused_without_a_verified_phone_or_premium_and_nothing_is_bought() {
        People.Person premiumWithoutPhone = people.premium();
        texters.verifyEmail(premiumWithoutPhone);
        Texter plainUser = texters.texter();
        List<String> before = ownedAtTwilio();

        ApiClient.Reply noPhone = api.postJson("/api/v1/phone-numbers", premiumWithoutPhone.token(), Map.of());
        ApiClient.Reply notPremium = api.postJson("/api/v1/phone-numbers", plainUser.person().token(), Map.of());

        assertThat(noPhone.status()).as(noPhone.body()).isEqualTo(409);
        assertThat(noPhone.contentType()).startsWith("application/problem+json");
        assertThat(noPhone.json().get("type").asText()).endsWith("/verified-phone-required");
        assertThat(noPhone.json().get("detail").asText()).contains("/api/v1/users/me/phone");
        assertThat(notPremium.status()).as(notPremium.body()).isEqualTo(403);
        assertThat(notPremium.contentType()).startsWith("application/problem+json");
        assertThat(ownedAtTwilio()).as("the numbers at Twilio").containsExactlyElementsOf(before);
        assertThat(numbersOf(premiumWithoutPhone)).isEmpty();
        assertThat(numbersOf(plainUser.person())).isEmpty();
    }

    @Test
    void an_administrator_lists_every_number_with_its_owner_and_releases_someone_elses() {
        Texter owner = texters.texter(people.premium());
        JsonNode bought = provision(owner.person());
        String id = bought.get("id").asText();
        String number = bought.get("phoneNumber").asText();
        People.Person administrator = people.administrator();

        JsonNode listed = withId(everyPage(administrator.token(), "/api/v1/admin/phone-numbers"), id);
        assertThat(listed.get("accountId").asText()).isEqualTo(owner.person().id());
        assertThat(listed.get("phoneNumber").asText()).isEqualTo(number);
        assertThat(listed.get("status").asText()).isEqualTo("active");

        ApiClient.Reply released = api.deleteWithToken("/api/v1/admin/phone-numbers/" + id, administrator.token());

        assertThat(released.status()).as(released.body()).isEqualTo(204);
        assertThat(ownedAtTwilio()).doesNotContain(number);
        assertThat(withId(numbersOf(owner.person()), id).get("status").asText()).isEqualTo("released");
        assertThat(withId(everyPage(administrator.token(), "/api/v1/admin/phone-numbers"), id).get("status").asText())
                .isEqualTo("released");
        assertThat(api.deleteWithToken("/api/v1/admin/phone-numbers/no-such-number", administrator.token()).status())
                .isEqualTo(404);
    }

    @Test
    void a_number_whose_sms_url_drifted_at_twilio_is_set_back_to_our_webhook_and_answered_again() {
        Texter person = texters.texter(people.premium());
        JsonNode bought = provision(person.person());
        String number = bought.get("phoneNumber").asText();
        URI ours = URI.create(BASE + INBOUND);
        URI elsewhere = URI.create("https://elsewhere.example.org/sms");
        assertThat(atTwilio(number).smsUrl()).isEqualTo(ours);

        TestTwilio.EMULATOR.ownNumber(number, elsewhere);
        assertThat(atTwilio(number).smsUrl()).as("the drift, at the emulator").isEqualTo(elsewhere);

        await().atMost(SOON).untilAsserted(() -> assertThat(atTwilio(number).smsUrl()).isEqualTo(ours));
        assertThat(atTwilio(number).statusCallback()).isEqualTo(URI.create(BASE + STATUS));
        text(person.phone(), number, "add buy envelopes");
        SentMessage reply = awaitReplies(person.phone(), 1).get(0);
        assertThat(reply.from()).isEqualTo(number);
        assertThat(reply.body()).containsIgnoringCase("envelopes");
        assertThat(api.deleteWithToken("/api/v1/phone-numbers/" + bought.get("id").asText(), person.person().token())
                .status()).isEqualTo(204);
    }

    @Test
    void twilios_status_callbacks_are_kept_in_a_channel_log_that_holds_no_body_no_secret_and_no_full_number() {
        Texter person = texters.texter();
        People.Person administrator = people.administrator();
        String body = "add pick up the saffron jar from Marguerite";
        text(person.phone(), PLATFORM, body);
        SentMessage reply = awaitReplies(person.phone(), 1).get(0);

        await().atMost(SOON).untilAsserted(() -> {
            List<JsonNode> callbacks = everyPage(administrator.token(), "/api/v1/admin/sms/channel-logs").stream()
                    .filter(entry -> reply.sid().equals(entry.path("messageSid").asText()))
                    .filter(entry -> entry.get("direction").asText().equals("incoming"))
                    .toList();
            assertThat(callbacks).extracting(entry -> entry.get("url").asText()).containsOnly(BASE + STATUS);
            assertThat(callbacks).extracting(entry -> entry.get("status").asInt()).containsOnly(200);
            assertThat(callbacks).extracting(entry -> entry.get("request").asText())
                    .anyMatch(request -> request.contains("MessageStatus=queued"))
                    .anyMatch(request -> request.contains("MessageStatus=sent"))
                    .anyMatch(request -> request.contains("MessageStatus=delivered"));
        });

        Map<String, String> unsigned = new LinkedHashMap<>();
        unsigned.put("AccountSid", TestTwilio.ACCOUNT_SID);
        unsigned.put("MessageSid", messageSid());
        unsigned.put("MessageStatus", "delivered");
        unsigned.put("To", person.phone());
        unsigned.put("From", PLATFORM);
        ApiClient.Reply forged = api.postForm(STATUS, form(unsigned));
        assertThat(forged.status()).as(forged.body()).isEqualTo(403);
        assertThat(forged.json().get("type").asText()).endsWith("/forged-webhook");

        await().atMost(SOON).untilAsserted(() -> assertThat(everyPage(administrator.token(),
                "/api/v1/admin/sms/channel-logs")).filteredOn(entry -> unsigned.get("MessageSid")
                        .equals(entry.path("messageSid").asText()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("direction").asText()).isEqualTo("incoming");
                    assertThat(entry.get("url").asText()).isEqualTo(BASE + STATUS);
                    assertThat(entry.get("status").asInt()).isEqualTo(403);
                }));
        List<String> log = everyPage(administrator.token(), "/api/v1/admin/sms/channel-logs").stream()
                .map(JsonNode::toString).toList();
        String lastFour = person.phone().substring(person.phone().length() - 4);
        assertThat(log).anyMatch(entry -> entry.contains("•••" + lastFour));
        assertThat(log).allSatisfy(entry -> assertThat(entry)
                .doesNotContain(body)
                .doesNotContain(reply.body())
                .doesNotContain(TestTwilio.AUTH_TOKEN)
                .doesNotContain(person.phone().substring(1)));
    }

    @Test
    void administrators_see_the_usage_per_person_and_number_by_month_as_json_and_as_csv() {
        Texter person = texters.texter();
        People.Person administrator = people.administrator();
        text(person.phone(), PLATFORM, "add buy lentils");
        awaitReplies(person.phone(), 1);

        await().atMost(SOON).untilAsserted(() -> {
            ApiClient.Reply usage = api.getWithToken("/api/v1/admin/sms/usage?by=month", administrator.token());
            assertThat(usage.status()).as(usage.body()).isEqualTo(200);
            assertThat(usage.contentType()).startsWith("application/json");
            List<JsonNode> lines = items(usage.json());
            assertThat(lines).allSatisfy(line -> assertThat(line.get("period").asText()).matches("\\d{4}-\\d{2}"));
            List<JsonNode> theirs = lines.stream()
                    .filter(line -> person.person().id().equals(line.path("accountId").asText())).toList();
            assertThat(theirs).extracting(line -> line.get("direction").asText())
                    .containsExactlyInAnyOrder("inbound", "outbound");
            assertThat(theirs).allSatisfy(line -> {
                assertThat(line.get("phoneNumber").asText()).isEqualTo(PLATFORM);
                assertThat(line.get("messages").asLong()).isEqualTo(1);
                assertThat(line.get("segments").asLong()).isGreaterThanOrEqualTo(1);
                assertThat(line.get("currency").asText()).isEqualTo("USD");
            });
        });

        ApiClient.Reply csv = get(administrator.token(), "/api/v1/admin/sms/usage?by=month", "text/csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("period,direction,accountId,phoneNumber,messages,segments,cost,currency,estimated");
        assertThat(rows).filteredOn(row -> row.contains("," + person.person().id() + ","))
                .extracting(row -> row.split(",", -1)[1] + " " + row.split(",", -1)[3])
                .containsExactlyInAnyOrder("inbound " + PLATFORM, "outbound " + PLATFORM);
        assertThat(get(person.person().token(), "/api/v1/admin/sms/usage?by=month", "text/csv").status())
                .isEqualTo(403);
    }

    @Test
    void a_person_texting_twelve_times_at_once_gets_at_most_ten_replies_and_every_text_is_kept() throws Exception {
        Texter person = texters.texter();
        List<String> texts = IntStream.rangeClosed(1, 12).mapToObj(i -> "add buy item number " + i).toList();

        for (String body : texts) {
            text(person.phone(), PLATFORM, body);
        }

        awaitReplies(person.phone(), 10);
        stillReplies(person.phone(), 10);
        await().atMost(SOON).untilAsserted(() -> assertThat(bodiesBy(smsConversation(person.person()), "user"))
                .containsExactlyInAnyOrderElementsOf(texts));
    }

    @Test
    void a_text_longer_than_one_sms_body_is_kept_and_answered() {
        Texter person = texters.texter();
        String body = "add " + "call the pharmacy about the refill of the prescription, ".repeat(30);
        assertThat(body.length()).isGreaterThan(1600);

        text(person.phone(), PLATFORM, body);

        SentMessage reply = awaitReplies(person.phone(), 1).get(0);
        assertThat(reply.from()).isEqualTo(PLATFORM);
        assertThat(reply.body()).isNotBlank().hasSizeLessThanOrEqualTo(1600);
        await().atMost(SOON).untilAsserted(() -> assertThat(bodiesBy(smsConversation(person.person()), "user"))
                .singleElement().satisfies(kept -> assertThat(kept).startsWith(body.substring(0, 400))));
    }
}
