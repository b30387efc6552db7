package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.dev.MailSink;

/**
 * The assistant over HTTP on the real stores: a person's message in a conversation is answered in
 * the same conversation, and what it asked for shows on {@code /tasks} and {@code /reminders};
 * tasks and reminders also have their own endpoints, which refuse bad input and others' items;
 * a task posted again with its {@code Idempotency-Key} is created once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AssistantApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    /** A person in a zone and a language, with a web conversation to talk in. */
    private record Talker(People.Person person, String conversation) {}

    private Talker talker(String zone, String locale) {
        People.Person person = people.person();
        ApiClient.Reply profile = patch(person.token(), "/api/v1/users/me",
                "{\"timezone\": \"" + zone + "\", \"locale\": \"" + locale + "\"}");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        ApiClient.Reply conversation = api.postJson("/api/v1/conversations", person.token(), Map.of());
        return new Talker(person, conversation.json().get("id").asText());
    }

    /** Posts a message and answers the assistant's reply to it, read back from the conversation. */
    private String say(Talker talker, String body) {
        ApiClient.Reply posted = api.postJson("/api/v1/conversations/" + talker.conversation() + "/messages",
                talker.person().token(), Map.of("body", body));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = posted.json().get("id").asText();
        JsonNode messages = api.getWithToken("/api/v1/conversations/" + talker.conversation() + "/messages?limit=100",
                talker.person().token()).json().get("items");
        for (JsonNode message : messages) {
            if (id.equals(message.path("replyTo").asText(null)) && "assistant".equals(message.get("author").asText())) {
                return message.get("body").asText();
            }
        }
        throw new AssertionError("no reply to '" + body + "' in " + messages);
    }

    private ApiClient.Reply patch(String token, String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private ApiClient.Reply postTask(String token, String key, String title) {
        return api.send(api.request("/api/v1/tasks").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"" + title + "\"}")));
    }

    private List<JsonNode> items(String token, String path) {
        List<JsonNode> items = new ArrayList<>();
        api.getWithToken(path, token).json().get("items").forEach(items::add);
        return items;
    }

    @Test
    void an_english_dialogue_captures_reminds_lists_and_answers_done_snooze_and_undo() {
        Talker sam = talker("America/New_York", "en");
        String token = sam.person().token();

        assertThat(say(sam, "todo call mom")).isEqualTo("Got it: call mom (#1). Reply 'undo' to remove it.");
        assertThat(say(sam, "add buy milk")).startsWith("Got it: buy milk (#2).");
        assertThat(say(sam, "undo")).isEqualTo("Undone: removed buy milk.");
        assertThat(items(token, "/api/v1/tasks")).extracting(task -> task.get("title").asText())
                .containsExactly("call mom");

        String reminded = say(sam, "remind me to take my meds in 2 hours");
        assertThat(reminded).matches("Reminder 2: take my meds, (today|tomorrow) \\d{1,2}:\\d{2} (AM|PM)\\. "
                + "Reply 'done 2' or 'undo'\\.");
        JsonNode reminder = items(token, "/api/v1/reminders").get(0);
        assertThat(Duration.between(Instant.now(), Instant.parse(reminder.get("dueAt").asText())))
                .isBetween(Duration.ofMinutes(115), Duration.ofMinutes(121));
        assertThat(reminder.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(reminder.get("status").asText()).isEqualTo("scheduled");

        assertThat(say(sam, "list")).startsWith("Today:").contains("call mom");
        assertThat(say(sam, "next")).isEqualTo("Next: call mom (#1). Reply 'done 1' when it is done.");
        assertThat(say(sam, "done 1")).isEqualTo("Done: call mom. Nice work!");
        assertThat(items(token, "/api/v1/tasks?status=done")).hasSize(1);

        assertThat(say(sam, "snooze #2")).startsWith("No worries, moved to");
        assertThat(items(token, "/api/v1/reminders").get(0).get("status").asText()).isEqualTo("snoozed");
        assertThat(say(sam, "remind me about the thing")).startsWith("When should I remind you?");
        assertThat(say(sam, "in 1 hour")).startsWith("Reminder 1: the thing,");
        assertThat(say(sam, "help")).contains("list").hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void a_french_dialogue_is_answered_in_french() {
        Talker camille = talker("Europe/Paris", "fr");

        assertThat(say(camille, "ajoute acheter du pain")).startsWith("C'est noté : acheter du pain (n°1).");
        assertThat(say(camille, "rappelle-moi d'appeler maman dans 20 minutes"))
                .startsWith("Rappel 2 : appeler maman, ");
        assertThat(say(camille, "liste")).startsWith("Aujourd'hui :").contains("acheter du pain");
        assertThat(say(camille, "fait 1")).isEqualTo("Fait : acheter du pain. Bien joué !");
        assertThat(say(camille, "annule")).isEqualTo("Annulé : acheter du pain est de nouveau à faire.");
        assertThat(say(camille, "aide")).startsWith("Écris-moi une tâche");
    }

    @Test
    void tasks_have_their_own_endpoints_with_numbers_and_status() {
        String token = people.person().token();
        ApiClient.Reply created = api.postJson("/api/v1/tasks", token, Map.of("title", "water the plants"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode task = created.json();
        assertThat(task.get("number").asInt()).isEqualTo(1);
        assertThat(task.get("status").asText()).isEqualTo("open");
        assertThat(task.get("doneAt").isNull()).isTrue();
        String path = "/api/v1/tasks/" + task.get("id").asText();

        JsonNode done = patch(token, path, "{\"status\": \"done\"}").json();
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("doneAt").isNull()).isFalse();
        assertThat(items(token, "/api/v1/tasks?status=open")).isEmpty();

        ApiClient.Reply refused = patch(token, path, "{\"status\": \"finished\", \"colour\": \"red\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("status", "colour");
        assertThat(api.postJson("/api/v1/tasks", token, Map.of("title", "  ")).status()).isEqualTo(422);

        String stranger = people.person().token();
        assertThat(api.getWithToken(path, stranger).status()).isEqualTo(404);
        assertThat(patch(stranger, path, "{\"title\": \"mine now\"}").status()).isEqualTo(404);
        assertThat(api.deleteWithToken(path, stranger).status()).isEqualTo(404);
        assertThat(api.getWithToken(path, token).json().get("title").asText()).isEqualTo("water the plants");
        assertThat(api.deleteWithToken(path, token).status()).isEqualTo(204);
        assertThat(api.getWithToken(path, token).status()).isEqualTo(404);
    }

    @Test
    void a_daily_reminder_keeps_its_local_time_across_both_daylight_saving_changes() {
        String token = people.person().token();
        ApiClient.Reply created = api.postJson("/api/v1/reminders", token, Map.of("text", "take the pill",
                "dueAt", "2030-03-29T07:00:00Z", "recurrence", "FREQ=DAILY", "timezone", "Europe/Paris"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("recurrence").asText()).isEqualTo("FREQ=DAILY");
        String occurrences = "/api/v1/reminders/" + created.json().get("id").asText() + "/occurrences";

        List<String> spring = new ArrayList<>();
        api.getWithToken(occurrences + "?from=2030-03-29T00:00:00Z&count=3", token).json().get("items")
                .forEach(item -> spring.add(item.asText()));
        assertThat(spring).containsExactly("2030-03-29T07:00:00Z", "2030-03-30T07:00:00Z", "2030-03-31T06:00:00Z");

        List<String> autumn = new ArrayList<>();
        api.getWithToken(occurrences + "?from=2030-10-26T00:00:00Z&count=2", token).json().get("items")
                .forEach(item -> autumn.add(item.asText()));
        assertThat(autumn).containsExactly("2030-10-26T06:00:00Z", "2030-10-27T07:00:00Z");
    }

    @Test
    void a_time_that_does_not_exist_moves_forward_and_one_that_exists_twice_comes_once() {
        String token = people.person().token();
        ApiClient.Reply created = api.postJson("/api/v1/reminders", token, Map.of("text", "night shift",
                "dueAt", "2030-03-30T01:30:00Z", "recurrence", "FREQ=DAILY", "timezone", "Europe/Paris"));
        String occurrences = "/api/v1/reminders/" + created.json().get("id").asText() + "/occurrences";
        List<String> spring = new ArrayList<>();
        api.getWithToken(occurrences + "?from=2030-03-30T00:00:00Z&count=3", token).json().get("items")
                .forEach(item -> spring.add(item.asText()));
        // 02:30 does not exist on 31 March: it is 03:30 local (01:30Z), the gap's length later.
        assertThat(spring).containsExactly("2030-03-30T01:30:00Z", "2030-03-31T01:30:00Z", "2030-04-01T00:30:00Z");

        List<String> autumn = new ArrayList<>();
        api.getWithToken(occurrences + "?from=2030-10-26T00:00:00Z&count=3", token).json().get("items")
                .forEach(item -> autumn.add(item.asText()));
        // 02:30 exists twice on 27 October: once, at the first (00:30Z).
        assertThat(autumn).containsExactly("2030-10-26T00:30:00Z", "2030-10-27T00:30:00Z", "2030-10-28T01:30:00Z");
    }

    @Test
    void reminders_refuse_bad_input_field_by_field_and_change_nothing() {
        String token = people.person().token();
        ApiClient.Reply refused = api.postJson("/api/v1/reminders", token, Map.of("text", "x",
                "dueAt", "2020-01-01T00:00:00Z", "timezone", "Mars/Olympus"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asText())
                .contains("timezone");
        assertThat(api.postJson("/api/v1/reminders", token, Map.of("text", "x", "dueAt", "2020-01-01T00:00:00Z"))
                .json().get("errors").get(0).get("field").asText()).isEqualTo("dueAt");
        assertThat(api.postJson("/api/v1/reminders", token, Map.of("text", "x", "dueAt", "2030-01-01T00:00:00Z",
                "recurrence", "FREQ=HOURLY")).json().get("errors").get(0).get("field").asText())
                .isEqualTo("recurrence");
        assertThat(api.postJson("/api/v1/reminders", token, Map.of("text", "x", "dueAt", "2030-01-01T00:00:00Z",
                "recurrence", "every day please")).status()).isEqualTo(422);
        assertThat(items(token, "/api/v1/reminders")).isEmpty();
    }

    @Test
    void a_task_sent_twice_with_its_idempotency_key_is_created_once_and_answered_again() {
        String token = people.person().token();
        String key = "7f3e0c52-1b9a-4d8e-a6f1-2c4b5d6e7f80";
        ApiClient.Reply first = postTask(token, key, "post the letter");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().get("id").asText();

        ApiClient.Reply again = postTask(token, key, "post the letter");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).endsWith("/api/v1/tasks/" + id);

        patch(token, "/api/v1/tasks/" + id, "{\"status\": \"done\"}");
        assertThat(postTask(token, key, "post the letter").json().get("status").asText()).isEqualTo("done");
        assertThat(items(token, "/api/v1/tasks")).hasSize(1);

        String stranger = people.person().token();
        ApiClient.Reply theirs = postTask(stranger, key, "their own letter");
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id").asText()).isNotEqualTo(id);
        assertThat(items(token, "/api/v1/tasks")).hasSize(1);
        assertThat(items(stranger, "/api/v1/tasks")).hasSize(1);
    }

    @Test
    void requests_at_once_with_one_idempotency_key_create_one_task() throws Exception {
        String token = people.person().token();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<ApiClient.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> postTask(token, "at-once", "just one"));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<ApiClient.Reply> reply : pool.invokeAll(calls)) {
                statuses.add(reply.get().status());
                ids.add(reply.get().json().get("id").asText());
            }
            assertThat(statuses).containsOnly(201, 200).filteredOn(status -> status == 201).hasSize(1);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(items(token, "/api/v1/tasks")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_idempotency_key_too_long_or_not_printable_ascii_is_refused_under_its_name() {
        String token = people.person().token();
        for (String bad : List.of("k".repeat(201), "tab\tinside")) {
            ApiClient.Reply refused = api.send(api.request("/api/v1/tasks").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", bad)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\"}")));
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(postTask(token, "k".repeat(200), "long key").status()).isEqualTo(201);
        assertThat(items(token, "/api/v1/tasks")).hasSize(1);
    }
}
