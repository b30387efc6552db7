package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.testkit.shared.MutableClock;

/**
 * Reminders delivered by the running application on a clock of its own, which the test moves
 * forward: a text arrives at the Twilio emulator and an event on the stream at the due time, nags
 * follow until "done", quiet hours defer a reminder to their end, and a daily 08:00 reminder in
 * Paris comes at 08:00 local on both sides of each daylight-saving change.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderDeliveryIT {
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Duration A_WHILE = Duration.ofMillis(1500);
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(
            ReminderClockApplication.class, MAIL, Map.of("reminders.pollingInterval", "100 milliseconds"));

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    /** The application on a clock of its own, starting the day before the 2027 spring change in Paris. */
    public static class ReminderClockApplication extends AssistantApplication {
        static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-03-27T05:00:00Z"));

        @Override
        protected Clock clock() {
            return CLOCK;
        }
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static void moveTo(Instant instant) {
        ReminderClockApplication.CLOCK.advance(Duration.between(ReminderClockApplication.CLOCK.instant(), instant));
    }

    private static void moveBy(Duration duration) {
        ReminderClockApplication.CLOCK.advance(duration);
    }

    private static Instant now() {
        return ReminderClockApplication.CLOCK.instant();
    }

    /** A person in Paris with a verified phone, who agreed to be texted, with these preferences. */
    private record Texted(People.Person person, String phone) {}

    private Texted texted(String preferences) {
        People.Person person = people.person();
        String phone = "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        assertThat(patch(person.token(), "/api/v1/users/me",
                "{\"timezone\": \"Europe/Paris\", \"smsConsent\": true}").status()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/users/me/phone", person.token(), Map.of("phone", phone)).status())
                .isEqualTo(202);
        ApiClient.Reply verified = api.postJson("/api/v1/users/me/phone/verify", person.token(),
                Map.of("code", TestTwilio.lastCodeSentTo(phone)));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        ApiClient.Reply chosen = api.send(api.request("/api/v1/users/me/preferences")
                .header("Authorization", "Bearer " + person.token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(preferences)));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        return new Texted(person, phone);
    }

    /** A token valid at the application's time (it moves faster than tokens live). */
    private String fresh(Texted person) {
        return people.logIn(person.person());
    }

    private ApiClient.Reply patch(String token, String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The reminders texted to the number (its verification code left out). */
    private static List<String> reminders(String phone) {
        return TestTwilio.sentTo(phone).stream().map(SentMessage::body).filter(body -> !body.contains("code"))
                .toList();
    }

    private static void awaitTexts(String phone, int count) {
        await().atMost(SOON).untilAsserted(() -> assertThat(reminders(phone)).hasSize(count));
    }

    private static void stillTexts(String phone, int count) throws InterruptedException {
        Thread.sleep(A_WHILE.toMillis());
        assertThat(reminders(phone)).hasSize(count);
    }

    private String conversation(String token) {
        return api.postJson("/api/v1/conversations", token, Map.of()).json().get("id").asText();
    }

    private void say(String token, String conversation, String body) {
        assertThat(api.postJson("/api/v1/conversations/" + conversation + "/messages", token, Map.of("body", body))
                .status()).isEqualTo(201);
    }

    @Test
    @Order(1)
    void a_daily_reminder_comes_at_eight_local_time_on_both_sides_of_each_clock_change() throws Exception {
        Texted person = texted("{\"quietHours\": null, \"nagIntervalMinutes\": 10, \"maxNags\": 0, "
                + "\"checkInTime\": null, \"reminderChannels\": [\"sms\"]}");
        ApiClient.Reply created = api.postJson("/api/v1/reminders", person.person().token(), Map.of(
                "text", "take the pill", "dueAt", "2027-03-27T07:00:00Z", "recurrence", "FREQ=DAILY"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reminder = "/api/v1/reminders/" + created.json().get("id").asText();

        moveTo(Instant.parse("2027-03-27T07:00:00Z"));
        awaitTexts(person.phone(), 1);
        assertThat(reminders(person.phone()).get(0)).isEqualTo("Reminder 1: take the pill. Reply 'done 1' or 'snooze'.");
        await().atMost(SOON).untilAsserted(() -> assertThat(api.getWithToken(reminder, fresh(person)).json()
                .get("dueAt").asText()).isEqualTo("2027-03-28T06:00:00Z"));

        moveTo(Instant.parse("2027-03-28T05:59:00Z"));
        stillTexts(person.phone(), 1);
        moveTo(Instant.parse("2027-03-28T06:00:00Z"));
        awaitTexts(person.phone(), 2);

        // Autumn: the missed mornings in between come as one catch-up text, then 08:00 is 07:00Z.
        moveTo(Instant.parse("2027-10-31T06:30:00Z"));
        awaitTexts(person.phone(), 3);
        await().atMost(SOON).untilAsserted(() -> assertThat(api.getWithToken(reminder, fresh(person)).json()
                .get("dueAt").asText()).isEqualTo("2027-10-31T07:00:00Z"));
        moveTo(Instant.parse("2027-10-31T06:59:00Z"));
        stillTexts(person.phone(), 3);
        moveTo(Instant.parse("2027-10-31T07:00:00Z"));
        awaitTexts(person.phone(), 4);
    }

    @Test
    @Order(2)
    void a_reminder_is_texted_and_streamed_when_due_then_nags_until_the_person_answers_done() throws Exception {
        Texted person = texted("{\"quietHours\": null, \"nagIntervalMinutes\": 10, \"maxNags\": 3, "
                + "\"checkInTime\": null, \"reminderChannels\": [\"sms\", \"web\"]}");
        String token = person.person().token();
        String conversation = conversation(token);
        say(token, conversation, "remind me to stretch in 20 min");
        try (EventStream events = EventStream.open(api, token, null)) {
            moveBy(Duration.ofMinutes(20));
            awaitTexts(person.phone(), 1);
            assertThat(reminders(person.phone()).get(0)).isEqualTo("Reminder 1: stretch. Reply 'done 1' or 'snooze'.");
            EventStream.Received fired = null;
            for (int i = 0; i < 10 && fired == null; i++) {
                EventStream.Received next = events.nextEvent(SOON);
                if (next != null && "reminder.fired".equals(next.event())) {
                    fired = next;
                }
            }
            assertThat(fired).isNotNull();
            assertThat(fired.data()).contains("\"text\":\"stretch\"");
        }

        moveBy(Duration.ofMinutes(10));
        awaitTexts(person.phone(), 2);
        assertThat(reminders(person.phone()).get(1)).startsWith("Still on it? stretch (#1).");

        say(fresh(person), conversation, "done");
        moveBy(Duration.ofMinutes(30));
        stillTexts(person.phone(), 2);
        JsonNode reminder = api.getWithToken("/api/v1/reminders", fresh(person)).json().get("items").get(0);
        assertThat(reminder.get("status").asText()).isEqualTo("done");
    }

    @Test
    @Order(3)
    void a_reminder_due_in_quiet_hours_waits_for_their_end() throws Exception {
        String local = DateTimeFormatter.ofPattern("HH:mm").format(now().atZone(ZoneId.of("Europe/Paris")));
        String end = DateTimeFormatter.ofPattern("HH:mm").format(now().plus(Duration.ofHours(1))
                .atZone(ZoneId.of("Europe/Paris")));
        Texted person = texted("{\"quietHours\": {\"start\": \"" + local + "\", \"end\": \"" + end + "\"}, "
                + "\"nagIntervalMinutes\": 10, \"maxNags\": 0, \"checkInTime\": null, \"reminderChannels\": [\"sms\"]}");
        assertThat(api.postJson("/api/v1/reminders", person.person().token(), Map.of("text", "water the plants",
                "dueAt", now().plus(Duration.ofMinutes(5)).toString())).status()).isEqualTo(201);

        moveBy(Duration.ofMinutes(5));
        stillTexts(person.phone(), 0);
        moveBy(Duration.ofMinutes(56));
        awaitTexts(person.phone(), 1);
    }
}
