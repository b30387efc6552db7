package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Two instances of the application on one database, both running the delivery job: every due
 * reminder is texted once, never by both.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RemindersOnTwoInstancesIT {
    private static final int REMINDERS = 40;
    private static final Map<String, String> FAST = Map.of("reminders.pollingInterval", "50 milliseconds",
            "reminders.batchSize", "5");
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL, FAST);
    private static final DropwizardAppExtension<AssistantConfiguration> SECOND_INSTANCE = TestApplication.on(
            () -> APP.getConfiguration().database.url, () -> APP.getConfiguration().redis.url, MAIL, FAST);

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void each_due_reminder_is_texted_once_whichever_instance_takes_it() {
        People.Person person = people.person();
        String phone = "+3362" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        TextedPeople.consentAndVerify(api, person, phone, "{\"quietHours\": null, \"nagIntervalMinutes\": 10, "
                + "\"maxNags\": 0, \"checkInTime\": null, \"reminderChannels\": [\"sms\"]}");
        Instant due = Instant.now().plusSeconds(4);
        IntStream.rangeClosed(1, REMINDERS).forEach(i -> assertThat(api.postJson("/api/v1/reminders", person.token(),
                Map.of("text", "chore " + i, "dueAt", due.toString())).status()).isEqualTo(201));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TextedPeople.reminders(phone))
                .hasSize(REMINDERS));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            Map<String, Long> perBody = TextedPeople.reminders(phone).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perBody).hasSize(REMINDERS).allSatisfy((body, times) -> assertThat(times).as(body).isOne());
        });
    }

    /** How the reminder ITs make a person who can be texted. */
    static final class TextedPeople {
        private TextedPeople() {}

        static void consentAndVerify(ApiClient api, People.Person person, String phone, String preferences) {
            assertThat(api.send(api.request("/api/v1/users/me").header("Authorization", "Bearer " + person.token())
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"smsConsent\": true}"))).status())
                    .isEqualTo(200);
            assertThat(api.postJson("/api/v1/users/me/phone", person.token(), Map.of("phone", phone)).status())
                    .isEqualTo(202);
            assertThat(api.postJson("/api/v1/users/me/phone/verify", person.token(),
                    Map.of("code", TestTwilio.lastCodeSentTo(phone))).status()).isEqualTo(200);
            assertThat(api.send(api.request("/api/v1/users/me/preferences")
                    .header("Authorization", "Bearer " + person.token()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(preferences))).status()).isEqualTo(200);
        }

        /** The reminders texted to the number, oldest first (its verification code left out). */
        static List<String> reminders(String phone) {
            return TestTwilio.sentTo(phone).stream().map(SentMessage::body).filter(body -> !body.contains("code"))
                    .toList();
        }
    }
}
