package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.live.RedisLiveEventStream;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.application.live.LiveEventPosition;
import org.tdah.assistant.bootstrap.People.Person;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * {@code GET /events} over HTTP: events appended to a person's stream in Redis (as any instance
 * appends them) reach that person's open stream and nobody else's, a stream resumes after
 * {@code Last-Event-ID}, stays open with heartbeats, closes when its session ends, and is capped
 * per person.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LiveEventsApiIT {
    private static final Duration SOON = Duration.ofSeconds(5);
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL,
            Map.of("live.wait", "300 milliseconds", "live.heartbeat", "1 second", "live.perAccount", "2",
                    "assistant.answerMessages", "false"));

    /** A second instance of the application on the same PostgreSQL and Redis. */
    private static final DropwizardAppExtension<AssistantConfiguration> SECOND_INSTANCE = TestApplication.on(
            () -> APP.getConfiguration().database.url, () -> APP.getConfiguration().redis.url, MAIL,
            Map.of("live.wait", "300 milliseconds", "live.heartbeat", "1 second", "assistant.answerMessages", "false"));

    private final ApiClient api = TestApplication.api(APP);
    private final ApiClient secondInstance = TestApplication.api(SECOND_INSTANCE);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    /** Appends an event to the person's stream the way another instance of the application would. */
    private static LiveEventPosition append(Person person, String type, String json) {
        try (RedisConnection redis = RedisConnection.connect(APP.getConfiguration().redis.url, Duration.ofSeconds(2))) {
            return new RedisLiveEventStream(redis).append(new AccountId(person.id()), type, json);
        }
    }

    @Test
    void an_event_reaches_its_persons_open_stream_with_its_id_type_and_json_and_nobody_elses() throws Exception {
        Person ana = people.person();
        Person bob = people.person();
        try (EventStream anas = EventStream.open(api, ana.token(), null);
                EventStream bobs = EventStream.open(api, bob.token(), null)) {
            assertThat(anas.status()).isEqualTo(200);
            assertThat(anas.nextComment(SOON)).as("the stream says it is open").isNotNull();

            LiveEventPosition position = append(ana, "message.created", "{\"body\":\"rappelle-moi la pharmacie à 16h\"}");

            EventStream.Received event = anas.nextEvent(SOON);
            assertThat(event).isNotNull();
            assertThat(event.id()).isEqualTo(position.toString());
            assertThat(event.event()).isEqualTo("message.created");
            assertThat(event.data()).isEqualTo("{\"body\":\"rappelle-moi la pharmacie à 16h\"}");
            assertThat(bobs.nextEvent(Duration.ofSeconds(1))).as("bob's stream gets nothing of ana's").isNull();
        }
    }

    @Test
    void a_message_posted_on_one_instance_reaches_a_stream_open_on_another_as_the_api_shows_it() throws Exception {
        Person ana = people.person();
        Person bob = people.person();
        try (EventStream anas = EventStream.open(secondInstance, ana.token(), null)) {
            assertThat(anas.nextComment(SOON)).isNotNull();
            String conversation = api.postJson("/api/v1/conversations", ana.token(), Map.of("title", "Pharmacie"))
                    .json().get("id").asText();
            ApiClient.Reply posted = api.postJson("/api/v1/conversations/" + conversation + "/messages", ana.token(),
                    Map.of("body", "appeler la pharmacie à 16h"));
            assertThat(posted.status()).isEqualTo(201);
            String bobs = api.postJson("/api/v1/conversations", bob.token(), Map.of()).json().get("id").asText();
            api.postJson("/api/v1/conversations/" + bobs + "/messages", bob.token(), Map.of("body", "bob's own"));

            EventStream.Received started = anas.nextEvent(SOON);
            assertThat(started.event()).isEqualTo("conversation.changed");
            assertThat(started.data()).contains("\"id\":\"" + conversation + "\"", "\"title\":\"Pharmacie\"");
            EventStream.Received created = anas.nextEvent(SOON);
            assertThat(created.event()).isEqualTo("message.created");
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.data()))
                    .as("the event carries the message exactly as the API answered it").isEqualTo(posted.json());
            assertThat(anas.nextEvent(Duration.ofSeconds(1))).as("nothing of bob's").isNull();

            assertThat(api.deleteWithToken("/api/v1/conversations/" + conversation, ana.token()).status()).isEqualTo(204);
            EventStream.Received deleted = anas.nextEvent(SOON);
            assertThat(deleted.event()).isEqualTo("conversation.changed");
            assertThat(deleted.data()).contains("\"deleted\":true");
        }
    }

    @Test
    void a_stream_resumes_after_its_last_event_id_with_what_it_missed_in_order() throws Exception {
        Person ana = people.person();
        LiveEventPosition seen = append(ana, "message.created", "{\"n\":1}");
        append(ana, "message.created", "{\"n\":2}");
        append(ana, "conversation.changed", "{\"n\":3}");

        try (EventStream resumed = EventStream.open(api, ana.token(), seen.toString())) {
            assertThat(resumed.nextEvent(SOON).data()).isEqualTo("{\"n\":2}");
            assertThat(resumed.nextEvent(SOON).data()).isEqualTo("{\"n\":3}");
            assertThat(resumed.nextEvent(Duration.ofMillis(500))).isNull();
        }
        try (EventStream fresh = EventStream.open(api, ana.token(), null)) {
            assertThat(fresh.nextEvent(Duration.ofMillis(700))).as("without Last-Event-ID: from now on").isNull();
        }
    }

    @Test
    void a_quiet_stream_gets_heartbeats() throws Exception {
        Person ana = people.person();
        try (EventStream stream = EventStream.open(api, ana.token(), null)) {
            assertThat(stream.nextComment(SOON).comment()).isEqualTo("connected");
            assertThat(stream.nextComment(SOON).comment()).isEqualTo("keep-alive");
            assertThat(stream.nextComment(SOON).comment()).isEqualTo("keep-alive");
        }
    }

    @Test
    void logging_out_closes_the_stream_within_seconds() throws Exception {
        Person ana = people.person();
        try (EventStream stream = EventStream.open(api, ana.token(), null)) {
            assertThat(stream.nextComment(SOON)).isNotNull();
            assertThat(stream.closedWithin(Duration.ofMillis(500))).isFalse();

            assertThat(api.postJson("/api/v1/auth/logout", ana.token(), null).status()).isEqualTo(204);

            assertThat(stream.closedWithin(Duration.ofSeconds(3))).isTrue();
        }
    }

    @Test
    void a_person_holds_a_limited_number_of_streams_and_a_closed_one_frees_its_place() throws Exception {
        Person ana = people.person();
        try (EventStream first = EventStream.open(api, ana.token(), null);
                EventStream second = EventStream.open(api, ana.token(), null)) {
            assertThat(first.nextComment(SOON)).isNotNull();
            assertThat(second.nextComment(SOON)).isNotNull();

            ApiClient.Reply third = api.send(api.request("/api/v1/events").header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + ana.token()).GET());
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.header("Retry-After")).isNotNull();
            try (EventStream bobs = EventStream.open(api, people.person().token(), null)) {
                assertThat(bobs.status()).as("the cap is per person").isEqualTo(200);
            }
        }
    }

    @Test
    void no_token_is_401_and_a_malformed_last_event_id_is_422() throws Exception {
        try (EventStream anonymous = EventStream.open(api, null, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        ApiClient.Reply malformed = api.send(api.request("/api/v1/events").header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + people.person().token()).header("Last-Event-ID", "yesterday").GET());
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("Last-Event-ID");
    }
}
