package org.tdah.assistant.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.conversation.conversations.ChangeConversation;
import org.tdah.assistant.application.conversation.conversations.DeleteConversation;
import org.tdah.assistant.application.conversation.conversations.ViewConversation;
import org.tdah.assistant.application.conversation.messages.ListMessages;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.conversation.messages.ViewThread;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.InMemoryCore;

/** The conversation use cases on the in-memory adapters: ownership, SMS conversations, languages. */
class ConversationsTest {
    private static final PhoneNumber NUMBER = PhoneNumber.parse("+14155550123");
    private static final PageRequest<MessageId> FIRST = PageRequest.first(20);

    private final InMemoryCore fixture = new InMemoryCore();
    private final ConversationCore core = fixture.core.conversation();
    private final AccountId sam = account("sam");
    private final AccountId alex = account("alex");

    private AccountId account(String name) {
        AccountId id = new AccountId("account-" + name);
        fixture.accounts.add(Account.register(id, EmailAddress.parse(name + "@example.org"), DisplayName.parse(name),
                new PasswordHash("hash"), Instant.parse("2026-11-26T09:00:00Z")));
        return id;
    }

    private Message post(AccountId by, ConversationId in, String body, Optional<MessageId> replyTo) {
        PostMessage.Result result = core.postMessage().post(by, in,
                PostMessage.Command.fromTheWeb(new MessageBody(body), replyTo));
        return ((PostMessage.Result.Posted) result).message();
    }

    private List<String> found(AccountId by, String query) {
        return core.searchMessages().search(by, new SearchQuery(query), PageRequest.first(20)).items().stream()
                .map(hit -> hit.message().body().value()).toList();
    }

    @Test
    void the_sms_router_finds_the_one_sms_conversation_of_a_person_and_number_or_starts_it() {
        Conversation first = core.openSmsConversation().open(sam, NUMBER);

        assertThat(first.channel()).isEqualTo(Channel.SMS);
        assertThat(first.smsNumber()).contains(NUMBER);
        assertThat(core.openSmsConversation().open(sam, NUMBER)).isEqualTo(first);
        assertThat(core.openSmsConversation().open(alex, NUMBER).id()).isNotEqualTo(first.id());
        assertThat(core.openSmsConversation().open(sam, PhoneNumber.parse("+14155550124")).id()).isNotEqualTo(first.id());
    }

    @Test
    void texts_arriving_at_once_still_make_one_sms_conversation() {
        List<CompletableFuture<Conversation>> opened = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> core.openSmsConversation().open(sam, NUMBER)))
                .toList();

        assertThat(opened.stream().map(CompletableFuture::join).map(Conversation::id).distinct()).hasSize(1);
    }

    @Test
    void someone_else_s_conversation_is_not_found_by_any_use_case_and_stays_as_it_was() {
        Conversation hers = core.startConversation().start(sam, Optional.of(new ConversationTitle("Private")));
        Message secret = post(sam, hers.id(), "secret", Optional.empty());

        assertThat(core.viewConversation().view(alex, hers.id())).isInstanceOf(ViewConversation.Result.NotFound.class);
        assertThat(core.changeConversation().change(alex, hers.id(), new ChangeConversation.Change(
                Optional.of(Optional.empty()), Optional.of(true)))).isInstanceOf(ChangeConversation.Result.NotFound.class);
        assertThat(core.deleteConversation().delete(alex, hers.id())).isInstanceOf(DeleteConversation.Result.NotFound.class);
        assertThat(core.postMessage().post(alex, hers.id(), PostMessage.Command.fromTheWeb(new MessageBody("hi"),
                Optional.empty()))).isInstanceOf(PostMessage.Result.NoSuchConversation.class);
        assertThat(core.listMessages().list(alex, hers.id(), MessageWindow.ALWAYS, FIRST))
                .isInstanceOf(ListMessages.Result.NoSuchConversation.class);
        assertThat(core.viewThread().view(alex, hers.id(), secret.id(), FIRST))
                .isInstanceOf(ViewThread.Result.NoSuchConversation.class);
        Conversation his = core.startConversation().start(alex, Optional.empty());
        assertThat(core.postMessage().post(alex, his.id(), PostMessage.Command.fromTheWeb(new MessageBody("re"),
                Optional.of(secret.id())))).isInstanceOf(PostMessage.Result.NoSuchReplyTarget.class);
        assertThat(core.viewThread().view(alex, his.id(), secret.id(), FIRST))
                .isInstanceOf(ViewThread.Result.NoSuchMessage.class);
        assertThat(core.listConversations().list(alex, Optional.empty(), PageRequest.first(20)).items())
                .containsExactly(his);
        assertThat(found(alex, "secret")).isEmpty();

        assertThat(core.viewConversation().view(sam, hers.id()))
                .isEqualTo(new ViewConversation.Result.Found(hers.withMessageAt(secret.createdAt())));
        assertThat(((ListMessages.Result.Listed) core.listMessages().list(sam, hers.id(), MessageWindow.ALWAYS, FIRST))
                .page().items()).containsExactly(secret);
    }

    @Test
    void a_message_is_searched_in_the_language_its_owner_had_when_it_was_written() {
        Conversation conversation = core.startConversation().start(sam, Optional.empty());
        Message before = post(sam, conversation.id(), "médecin anglais", Optional.empty());
        fixture.accounts.updateProfile(sam, DisplayName.parse("sam"), Timezone.UTC, Language.FR);
        Message after = post(sam, conversation.id(), "médecin français", Optional.empty());

        assertThat(before.language()).isEqualTo(Language.EN);
        assertThat(after.language()).isEqualTo(Language.FR);
        assertThat(found(sam, "medecin")).containsExactly("médecin français");
    }

    @Test
    void deleting_a_conversation_deletes_its_messages_and_no_other() {
        Conversation gone = core.startConversation().start(sam, Optional.empty());
        Conversation kept = core.startConversation().start(sam, Optional.empty());
        Message removed = post(sam, gone.id(), "gone", Optional.empty());
        Message stays = post(sam, kept.id(), "kept", Optional.empty());

        assertThat(core.deleteConversation().delete(sam, gone.id())).isInstanceOf(DeleteConversation.Result.Deleted.class);

        assertThat(fixture.messages.withId(removed.id())).isEmpty();
        assertThat(fixture.messages.withId(stays.id())).isPresent();
        assertThat(fixture.conversations.withId(gone.id())).isEmpty();
    }

    @Test
    void the_assistant_and_the_system_post_into_a_conversation_through_the_same_use_case() {
        Conversation bySms = core.openSmsConversation().open(sam, NUMBER);

        PostMessage.Result result = core.postMessage().post(sam, bySms.id(),
                new PostMessage.Command(Author.ASSISTANT, Channel.SMS, new MessageBody("Done: 3"), Optional.empty()));

        Message posted = ((PostMessage.Result.Posted) result).message();
        assertThat(posted.author()).isEqualTo(Author.ASSISTANT);
        assertThat(posted.channel()).isEqualTo(Channel.SMS);
        assertThat(posted.owner()).isEqualTo(sam);
    }
}
