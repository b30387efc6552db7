package org.tdah.assistant.application.conversation.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.conversation.SearchHit;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.application.conversation.SearchQuery;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/** What every implementation of {@link Messages} must do (with the {@link Conversations} of the same store). */
public abstract class MessagesContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");

    private final OrderedIds ids = new OrderedIds();
    private Conversations conversations;
    private Messages messages;
    private AccountId owner;
    private ConversationId conversation;
    private int seconds;

    /** A conversation store and a message store over the same data. */
    protected abstract Conversations newConversations();

    protected abstract Messages messagesBeside(Conversations conversations);

    /** An account conversations may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpMessages() {
        conversations = newConversations();
        messages = messagesBeside(conversations);
        owner = anAccount();
        conversation = conversationOf(owner);
    }

    private ConversationId conversationOf(AccountId account) {
        Conversation started = Conversation.onTheWeb(new ConversationId(ids.next()), account, Optional.empty(), AT);
        conversations.add(started);
        return started.id();
    }

    private Message post(ConversationId in, AccountId by, String body, Language language, Optional<MessageId> replyTo) {
        Message message = new Message(new MessageId(ids.next()), in, by, Author.USER, Channel.WEB, new MessageBody(body),
                replyTo, language, AT.plusSeconds(seconds++));
        messages.add(message);
        return message;
    }

    private Message post(String body) {
        return post(conversation, owner, body, Language.EN, Optional.empty());
    }

    private List<String> bodiesFound(AccountId by, String query) {
        return messages.search(by, new SearchQuery(query), Optional.empty(), 100).stream()
                .map(hit -> hit.message().body().value()).toList();
    }

    @Test
    void a_stored_message_comes_back_field_for_field() {
        Message root = post("Appelle le médecin 🩺 demain");
        Message reply = new Message(new MessageId(ids.next()), conversation, owner, Author.ASSISTANT, Channel.SMS,
                new MessageBody("D'accord\nà 9 h ?"), Optional.of(root.id()), Language.FR, AT.plusSeconds(90));

        messages.add(reply);

        assertThat(messages.withId(root.id())).contains(root);
        assertThat(messages.withId(reply.id())).contains(reply);
        assertThat(messages.withId(new MessageId(ids.next()))).isEmpty();
    }

    @Test
    void a_conversation_s_messages_come_newest_first_page_after_page_and_only_its_own() {
        List<MessageId> added = new ArrayList<>();
        ConversationId other = conversationOf(owner);
        for (int i = 0; i < 8; i++) {
            added.add(0, post("message " + i).id());
            post(other, owner, "elsewhere " + i, Language.EN, Optional.empty());
        }

        List<MessageId> seen = new ArrayList<>();
        Optional<MessageId> after = Optional.empty();
        List<Message> page;
        do {
            page = messages.ofConversation(conversation, MessageWindow.ALWAYS, after, 3);
            page.forEach(message -> seen.add(message.id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == 3);

        assertThat(seen).containsExactlyElementsOf(added);
    }

    @Test
    void a_time_window_keeps_the_messages_strictly_inside_it() {
        List<Message> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(post("at " + i));
        }

        List<Message> inside = messages.ofConversation(conversation, new MessageWindow(
                Optional.of(posted.get(1).createdAt()), Optional.of(posted.get(4).createdAt())), Optional.empty(), 10);

        assertThat(inside).extracting(Message::id).containsExactly(posted.get(3).id(), posted.get(2).id());
    }

    @Test
    void a_thread_is_its_root_and_every_reply_to_it_oldest_first() {
        Message root = post("root");
        Message unrelated = post("unrelated");
        Message reply = post(conversation, owner, "reply", Language.EN, Optional.of(root.id()));
        post(conversation, owner, "reply to unrelated", Language.EN, Optional.of(unrelated.id()));
        Message replyToReply = post(conversation, owner, "reply to reply", Language.EN, Optional.of(reply.id()));

        assertThat(messages.thread(root.id(), Optional.empty(), 10)).extracting(Message::id)
                .containsExactly(root.id(), reply.id(), replyToReply.id());
        assertThat(messages.thread(root.id(), Optional.of(root.id()), 1)).extracting(Message::id)
                .containsExactly(reply.id());
    }

    @Test
    void the_search_finds_words_of_the_owner_s_messages_only() {
        post("Buy milk and bread");
        post("Call the plumber");
        AccountId other = anAccount();
        post(conversationOf(other), other, "Buy milk for the neighbour", Language.EN, Optional.empty());

        assertThat(bodiesFound(owner, "MILK")).containsExactly("Buy milk and bread");
        assertThat(bodiesFound(owner, "plumber")).containsExactly("Call the plumber");
        assertThat(bodiesFound(owner, "milk plumber")).isEmpty();
        assertThat(bodiesFound(other, "milk")).containsExactly("Buy milk for the neighbour");
    }

    @Test
    void the_search_ignores_accents_in_french_messages_either_way() {
        post(conversation, owner, "Rendez-vous chez le médecin jeudi", Language.FR, Optional.empty());
        post(conversation, owner, "Acheter du pain", Language.FR, Optional.empty());

        assertThat(bodiesFound(owner, "medecin")).containsExactly("Rendez-vous chez le médecin jeudi");
        assertThat(bodiesFound(owner, "médecin")).containsExactly("Rendez-vous chez le médecin jeudi");
        assertThat(bodiesFound(owner, "MÉDECIN jeudi")).containsExactly("Rendez-vous chez le médecin jeudi");
    }

    @Test
    void a_hit_carries_its_conversation_and_a_snippet_with_the_match_marked_and_markup_escaped() {
        post("<script>alert(1)</script> the parcel for Tom & Jerry < 5 kg");

        SearchHit hit = messages.search(owner, new SearchQuery("parcel"), Optional.empty(), 10).get(0);

        assertThat(hit.message().conversation()).isEqualTo(conversation);
        assertThat(hit.snippet()).contains("<mark>parcel</mark>").contains("Tom &amp; Jerry");
        assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(hit.rank()).isPositive();
    }

    @Test
    void search_results_page_after_page_without_duplicate_or_gap() {
        List<MessageId> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            added.add(post("laundry " + "laundry ".repeat(i % 3) + i).id());
        }

        List<MessageId> seen = new ArrayList<>();
        Optional<SearchPosition> after = Optional.empty();
        List<SearchHit> page;
        do {
            page = messages.search(owner, new SearchQuery("laundry"), after, 2);
            page.forEach(hit -> seen.add(hit.message().id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).position());
        } while (page.size() == 2);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void no_query_syntax_is_an_error() {
        post("plain words");

        for (String query : List.of("\"unclosed", "-", "a & | ! ( ) : * <-> b", "or or", "'", "\\")) {
            assertThatCode(() -> messages.search(owner, new SearchQuery(query), Optional.empty(), 10))
                    .as(query).doesNotThrowAnyException();
        }
    }

    @Test
    void removing_the_messages_of_a_conversation_leaves_the_others() {
        Message gone = post("gone");
        ConversationId other = conversationOf(owner);
        Message kept = post(other, owner, "kept", Language.EN, Optional.empty());

        messages.removeAllOf(conversation);

        assertThat(messages.withId(gone.id())).isEmpty();
        assertThat(messages.withId(kept.id())).isPresent();
        assertThat(bodiesFound(owner, "gone")).isEmpty();
    }
}
