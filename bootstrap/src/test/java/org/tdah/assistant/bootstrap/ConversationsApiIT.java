package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Conversations, messages, threads and search over HTTP, on the real PostgreSQL; the assistant does
 * not answer here (AssistantApiIT shows its replies), so that only the test's messages are listed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConversationsApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL,
            Map.of("assistant.answerMessages", "false"));
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final String CONVERSATIONS = "/api/v1/conversations";

    private final ApiClient api = TestApplication.api(APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private String newUser() {
        return api.registerAndLogIn("talk-" + UUID.randomUUID() + "@example.org", PASSWORD, "Sam");
    }

    private String newConversation(String token) {
        ApiClient.Reply created = api.postJson(CONVERSATIONS, token, Map.of());
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String messages(String conversation) {
        return CONVERSATIONS + "/" + conversation + "/messages";
    }

    private ApiClient.Reply post(String token, String conversation, String body) {
        return api.postJson(messages(conversation), token, Map.of("body", body));
    }

    private String posted(String token, String conversation, String body) {
        ApiClient.Reply reply = post(token, conversation, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private ApiClient.Reply reply(String token, String conversation, String body, String replyTo) {
        return api.postJson(messages(conversation), token, Map.of("body", body, "replyTo", replyTo));
    }

    private ApiClient.Reply patch(String token, String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> fieldsOf(ApiClient.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private List<String> allPages(String token, String path, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            JsonNode page = api.getWithToken(path + separator + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor), token).json();
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return seen;
    }

    private JsonNode search(String token, String query) {
        ApiClient.Reply reply = api.getWithToken(CONVERSATIONS + "/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> bodiesOf(JsonNode hits) {
        List<String> snippets = new ArrayList<>();
        hits.get("items").forEach(hit -> snippets.add(hit.get("snippet").asText().replaceAll("</?mark>", "")));
        return snippets;
    }

    @Test
    void a_conversation_is_created_read_renamed_archived_listed_and_deleted_with_its_messages() {
        String token = newUser();

        ApiClient.Reply created = api.postJson(CONVERSATIONS, token, Map.of("title", "  Courses  "));
        assertThat(created.status()).isEqualTo(201);
        JsonNode conversation = created.json();
        String id = conversation.get("id").asText();
        assertThat(created.header("Location")).endsWith(CONVERSATIONS + "/" + id);
        assertThat(conversation.get("channel").asText()).isEqualTo("web");
        assertThat(conversation.get("title").asText()).isEqualTo("Courses");
        assertThat(conversation.get("archived").asBoolean()).isFalse();
        assertThat(conversation.get("createdAt").asText()).endsWith("Z");
        assertThat(conversation.get("lastMessageAt").isNull()).isTrue();
        assertThat(api.getWithToken(CONVERSATIONS + "/" + id, token).json()).isEqualTo(conversation);

        String untitled = newConversation(token);
        ApiClient.Reply renamed = patch(token, CONVERSATIONS + "/" + id, "{\"title\": \"Groceries\", \"archived\": true}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("title").asText()).isEqualTo("Groceries");
        assertThat(renamed.json().get("archived").asBoolean()).isTrue();
        assertThat(ids(api.getWithToken(CONVERSATIONS, token).json())).containsExactly(untitled, id);
        assertThat(ids(api.getWithToken(CONVERSATIONS + "?archived=true", token).json())).containsExactly(id);
        assertThat(ids(api.getWithToken(CONVERSATIONS + "?archived=false", token).json())).containsExactly(untitled);
        assertThat(patch(token, CONVERSATIONS + "/" + id, "{\"title\": null, \"archived\": false}").json().get("title")
                .isNull()).isTrue();

        posted(token, id, "remember the xylophone lesson");
        assertThat(api.getWithToken(CONVERSATIONS + "/" + id, token).json().get("lastMessageAt").asText()).endsWith("Z");
        assertThat(api.deleteWithToken(CONVERSATIONS + "/" + id, token).status()).isEqualTo(204);

        assertThat(api.getWithToken(CONVERSATIONS + "/" + id, token).status()).isEqualTo(404);
        assertThat(api.getWithToken(messages(id), token).status()).isEqualTo(404);
        assertThat(search(token, "xylophone").get("items")).isEmpty();
        assertThat(api.deleteWithToken(CONVERSATIONS + "/" + id, token).status()).isEqualTo(404);
        assertThat(ids(api.getWithToken(CONVERSATIONS, token).json())).containsExactly(untitled);
    }

    @Test
    void a_posted_message_is_answered_201_as_stored_and_listed_newest_first_page_by_page() {
        String token = newUser();
        String conversation = newConversation(token);

        ApiClient.Reply first = post(token, conversation, "Appeler le médecin 🩺\nà 9 h");
        assertThat(first.status()).isEqualTo(201);
        JsonNode message = first.json();
        assertThat(message.get("conversationId").asText()).isEqualTo(conversation);
        assertThat(message.get("author").asText()).isEqualTo("user");
        assertThat(message.get("channel").asText()).isEqualTo("web");
        assertThat(message.get("body").asText()).isEqualTo("Appeler le médecin 🩺\nà 9 h");
        assertThat(message.get("replyTo").isNull()).isTrue();
        assertThat(message.get("createdAt").asText()).endsWith("Z");

        List<String> posted = new ArrayList<>(List.of(message.get("id").asText()));
        for (int i = 1; i < 7; i++) {
            posted.add(0, posted(token, conversation, "message " + i));
        }
        JsonNode firstPage = api.getWithToken(messages(conversation) + "?limit=3", token).json();
        assertThat(firstPage.get("items").get(0)).isEqualTo(api.getWithToken(messages(conversation), token).json()
                .get("items").get(0));
        assertThat(ids(firstPage)).containsExactlyElementsOf(posted.subList(0, 3));
        assertThat(allPages(token, messages(conversation), 3)).containsExactlyElementsOf(posted);
        assertThat(ids(api.getWithToken(messages(conversation), token).json())).hasSize(7);
    }

    @Test
    void a_time_window_keeps_the_messages_strictly_between_after_and_before() throws InterruptedException {
        String token = newUser();
        String conversation = newConversation(token);
        List<JsonNode> posted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posted.add(post(token, conversation, "at " + i).json());
            Thread.sleep(5);
        }

        JsonNode window = api.getWithToken(messages(conversation) + "?after=" + posted.get(0).get("createdAt").asText()
                + "&before=" + posted.get(3).get("createdAt").asText(), token).json();

        assertThat(ids(window)).containsExactly(posted.get(2).get("id").asText(), posted.get(1).get("id").asText());
    }

    @Test
    void a_thread_is_the_message_and_its_replies_oldest_first_and_a_reply_stays_in_its_conversation() {
        String token = newUser();
        String conversation = newConversation(token);
        String root = posted(token, conversation, "Should I call the dentist?");
        String aside = posted(token, conversation, "unrelated");
        String answer = reply(token, conversation, "Yes, tomorrow", root).json().get("id").asText();
        reply(token, conversation, "about the aside", aside);
        ApiClient.Reply nested = reply(token, conversation, "Done!", answer);
        assertThat(nested.json().get("replyTo").asText()).isEqualTo(answer);

        JsonNode thread = api.getWithToken(messages(conversation) + "/" + root + "/thread", token).json();

        assertThat(ids(thread)).containsExactly(root, answer, nested.json().get("id").asText());
        assertThat(thread.get("nextCursor").isNull()).isTrue();
        String other = newConversation(token);
        ApiClient.Reply elsewhere = reply(token, other, "cross-conversation reply", root);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(fieldsOf(elsewhere)).containsExactly("replyTo");
        assertThat(reply(token, conversation, "to nothing", "no-such-message").status()).isEqualTo(422);
        assertThat(api.getWithToken(messages(other), token).json().get("items")).isEmpty();
        assertThat(api.getWithToken(messages(other) + "/" + root + "/thread", token).status()).isEqualTo(404);
    }

    @Test
    void paging_while_messages_are_added_shows_every_earlier_message_once() throws Exception {
        String token = newUser();
        String conversation = newConversation(token);
        Set<String> before = new LinkedHashSet<>();
        for (int i = 0; i < 40; i++) {
            before.add(posted(token, conversation, "before " + i));
        }
        AtomicBoolean paging = new AtomicBoolean(true);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int added = 0;
            while (paging.get() && added < 200) {
                posted(token, conversation, "during " + added++);
            }
            return added;
        });

        List<String> seen;
        try {
            seen = allPages(token, messages(conversation), 3);
        } finally {
            paging.set(false);
        }

        assertThat(writer.get()).isPositive();
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
        List<String> newestFirst = new ArrayList<>(before);
        Collections.reverse(newestFirst);
        assertThat(seen.stream().filter(before::contains).toList()).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void search_finds_the_caller_s_words_stemmed_in_english_and_without_accents_in_french() {
        String english = newUser();
        String french = newUser();
        assertThat(patch(french, "/api/v1/users/me", "{\"locale\": \"fr\"}").status()).isEqualTo(200);
        String inEnglish = newConversation(english);
        String inFrench = newConversation(french);
        String appointments = posted(english, inEnglish, "Two appointments with the dentist next week");
        posted(english, inEnglish, "Buy bread");
        posted(french, inFrench, "Rendez-vous chez le médecin jeudi à 14 h");
        posted(french, inFrench, "Acheter des légumes");

        JsonNode dentist = search(english, "appointment dentist");
        assertThat(dentist.get("items")).hasSize(1);
        JsonNode hit = dentist.get("items").get(0);
        assertThat(hit.get("messageId").asText()).isEqualTo(appointments);
        assertThat(hit.get("conversationId").asText()).isEqualTo(inEnglish);
        assertThat(hit.get("snippet").asText()).contains("<mark>appointments</mark>").contains("<mark>dentist</mark>");
        assertThat(hit.get("rank").floatValue()).isPositive();

        assertThat(bodiesOf(search(french, "medecin"))).containsExactly("Rendez-vous chez le médecin jeudi à 14 h");
        assertThat(bodiesOf(search(french, "MÉDECIN jeudi"))).hasSize(1);
        assertThat(bodiesOf(search(french, "legume"))).containsExactly("Acheter des légumes");
        assertThat(search(french, "dentist").get("items")).isEmpty();
        assertThat(search(english, "medecin").get("items")).isEmpty();
        assertThat(search(english, "bread -dentist").get("items")).hasSize(1);
    }

    @Test
    void search_pages_by_rank_without_duplicate_or_gap_and_no_query_syntax_is_an_error() {
        String token = newUser();
        String conversation = newConversation(token);
        Set<String> laundry = new LinkedHashSet<>();
        for (int i = 0; i < 9; i++) {
            laundry.add(posted(token, conversation, "laundry " + "laundry ".repeat(i % 4) + "round " + i));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.getWithToken(CONVERSATIONS + "/search?q=laundry&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), token).json();
            page.get("items").forEach(item -> seen.add(item.get("messageId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(laundry);
        for (String query : List.of("\"laundry", "-", "laundry & | ! ( ) : * <-> round", "or", "'", "\\", "<script>")) {
            search(token, query);
        }
    }

    @Test
    void nobody_reads_writes_or_searches_another_person_s_conversation_messages_or_threads() {
        String alice = newUser();
        String bob = newUser();
        String hers = newConversation(alice);
        String secret = posted(alice, hers, "my secret platypus plan");
        String his = newConversation(bob);
        ApiClient.Reply missing = api.getWithToken(CONVERSATIONS + "/" + UUID.randomUUID(), bob);
        assertThat(missing.status()).isEqualTo(404);

        ApiClient.Reply read = api.getWithToken(CONVERSATIONS + "/" + hers, bob);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(patch(bob, CONVERSATIONS + "/" + hers, "{\"title\": \"mine now\"}").status()).isEqualTo(404);
        assertThat(api.deleteWithToken(CONVERSATIONS + "/" + hers, bob).status()).isEqualTo(404);
        assertThat(api.getWithToken(messages(hers), bob).status()).isEqualTo(404);
        assertThat(post(bob, hers, "intrusion").status()).isEqualTo(404);
        assertThat(api.getWithToken(messages(hers) + "/" + secret + "/thread", bob).status()).isEqualTo(404);
        assertThat(api.getWithToken(messages(his) + "/" + secret + "/thread", bob).status()).isEqualTo(404);
        ApiClient.Reply stolenReply = reply(bob, his, "replying to her", secret);
        ApiClient.Reply noSuchReply = reply(bob, his, "replying to nothing", UUID.randomUUID().toString());
        assertThat(stolenReply.status()).isEqualTo(422);
        assertThat(stolenReply.json().get("errors")).isEqualTo(noSuchReply.json().get("errors"));
        assertThat(search(bob, "platypus").get("items")).isEmpty();
        assertThat(ids(api.getWithToken(CONVERSATIONS, bob).json())).containsExactly(his);

        JsonNode untouched = api.getWithToken(CONVERSATIONS + "/" + hers, alice).json();
        assertThat(untouched.get("title").isNull()).isTrue();
        assertThat(ids(api.getWithToken(messages(hers), alice).json())).containsExactly(secret);
        assertThat(bodiesOf(search(alice, "platypus"))).containsExactly("my secret platypus plan");
        assertThat(api.get(CONVERSATIONS).status()).isEqualTo(401);
    }

    @Test
    void bad_bodies_are_422_per_field_and_nothing_is_stored() {
        String token = newUser();
        String conversation = newConversation(token);
        String longest = "😀".repeat(4000);

        for (String body : List.of("", "a".repeat(4001), "😀".repeat(4001), "\u0007\u0000", " \n\t\u200B", "\u0000x")) {
            ApiClient.Reply refused = post(token, conversation, body);
            assertThat(refused.status()).as(body.length() + " chars").isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(fieldsOf(refused)).containsExactly("body");
        }
        ApiClient.Reply unknown = api.postJson(messages(conversation), token, Map.of("body", "ok", "author", "assistant"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fieldsOf(unknown)).containsExactly("author");
        assertThat(api.postJson(messages(conversation), token, Map.of()).status()).isEqualTo(422);
        assertThat(api.postJson(messages(conversation), token, "{\"body\": 3}").status()).isEqualTo(400);
        assertThat(api.postJson(messages(conversation), token, "{\"body\": ").status()).isEqualTo(400);
        assertThat(api.getWithToken(messages(conversation), token).json().get("items")).isEmpty();

        assertThat(post(token, conversation, longest).status()).isEqualTo(201);
        assertThat(api.getWithToken(messages(conversation), token).json().get("items").get(0).get("body").asText())
                .isEqualTo(longest);
    }

    @Test
    void bad_conversation_changes_and_query_parameters_are_refused_and_change_nothing() {
        String token = newUser();
        String conversation = newConversation(token);
        String path = CONVERSATIONS + "/" + conversation;

        Map<String, String> refusals = new HashMap<>();
        refusals.put("{\"title\": \"\"}", "title");
        refusals.put("{\"title\": \"" + "t".repeat(201) + "\"}", "title");
        refusals.put("{\"colour\": \"red\"}", "colour");
        refusals.forEach((json, field) -> {
            ApiClient.Reply refused = patch(token, path, json);
            assertThat(refused.status()).as(json).isEqualTo(422);
            assertThat(fieldsOf(refused)).containsExactly(field);
        });
        assertThat(patch(token, path, "{\"archived\": \"yes\"}").status()).isEqualTo(400);
        assertThat(api.postJson(CONVERSATIONS, token, "[1]").status()).isEqualTo(400);
        assertThat(api.postJson(CONVERSATIONS, token, Map.of("title", "\u0000")).status()).isEqualTo(422);
        JsonNode unchanged = api.getWithToken(path, token).json();
        assertThat(unchanged.get("title").isNull()).isTrue();
        assertThat(unchanged.get("archived").asBoolean()).isFalse();
        assertThat(ids(api.getWithToken(CONVERSATIONS, token).json())).containsExactly(conversation);

        Map<String, String> queries = Map.of(
                CONVERSATIONS + "?limit=0", "limit",
                CONVERSATIONS + "?limit=101", "limit",
                CONVERSATIONS + "?limit=ten", "limit",
                CONVERSATIONS + "?archived=maybe", "archived",
                CONVERSATIONS + "?cursor=%25%25not-base64", "cursor",
                messages(conversation) + "?before=yesterday", "before",
                messages(conversation) + "?after=2026-12-02T00:00:00Z&before=2026-12-01T00:00:00Z", "after",
                CONVERSATIONS + "/search?q=", "q",
                CONVERSATIONS + "/search?q=" + "w".repeat(201), "q",
                CONVERSATIONS + "/search?q=ok&cursor=bm90LWEtc2VhcmNoLWN1cnNvcg", "cursor");
        queries.forEach((query, field) -> {
            ApiClient.Reply refused = api.getWithToken(query, token);
            assertThat(refused.status()).as(query).isEqualTo(422);
            assertThat(fieldsOf(refused)).as(query).containsExactly(field);
        });
        assertThat(api.getWithToken(CONVERSATIONS + "?limit=100", token).status()).isEqualTo(200);
    }
}
