package org.tdah.assistant.application.conversation.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** What every implementation of {@link Conversations} must do. */
public abstract class ConversationsContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final PhoneNumber NUMBER = PhoneNumber.parse("+14155550100");

    private final OrderedIds ids = new OrderedIds();
    private Conversations conversations;
    private AccountId owner;

    protected abstract Conversations newConversations();

    /** An account conversations may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpConversations() {
        conversations = newConversations();
        owner = anAccount();
    }

    private Conversation web(AccountId of, String title) {
        return Conversation.onTheWeb(new ConversationId(ids.next()), of,
                Optional.ofNullable(title).map(ConversationTitle::new), AT);
    }

    @Test
    void a_stored_conversation_comes_back_field_for_field() {
        Conversation titled = web(owner, "Courses 🛒 à faire");
        Conversation bySms = Conversation.bySms(new ConversationId(ids.next()), owner, NUMBER, AT);

        assertThat(conversations.add(titled)).isTrue();
        assertThat(conversations.add(bySms)).isTrue();

        assertThat(conversations.withId(titled.id())).contains(titled);
        assertThat(conversations.withId(bySms.id())).contains(bySms);
        assertThat(conversations.bySms(owner, NUMBER)).contains(bySms);
        assertThat(conversations.withId(new ConversationId(ids.next()))).isEmpty();
    }

    @Test
    void a_person_has_one_sms_conversation_per_number() {
        conversations.add(Conversation.bySms(new ConversationId(ids.next()), owner, NUMBER, AT));

        assertThat(conversations.add(Conversation.bySms(new ConversationId(ids.next()), owner, NUMBER, AT))).isFalse();
        assertThat(conversations.add(Conversation.bySms(new ConversationId(ids.next()), owner,
                PhoneNumber.parse("+14155550101"), AT))).isTrue();
        AccountId other = anAccount();
        assertThat(conversations.add(Conversation.bySms(new ConversationId(ids.next()), other, NUMBER, AT))).isTrue();
        assertThat(conversations.bySms(other, NUMBER)).isPresent();
    }

    @Test
    void the_conversations_of_an_owner_come_newest_first_page_after_page_without_another_s() {
        List<ConversationId> added = new ArrayList<>();
        AccountId other = anAccount();
        for (int i = 0; i < 7; i++) {
            Conversation mine = web(owner, null);
            conversations.add(mine);
            added.add(0, mine.id());
            conversations.add(web(other, null));
        }

        List<ConversationId> seen = new ArrayList<>();
        Optional<ConversationId> after = Optional.empty();
        List<Conversation> page;
        do {
            page = conversations.ofOwner(owner, Optional.empty(), after, 3);
            page.forEach(conversation -> seen.add(conversation.id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == 3);

        assertThat(seen).containsExactlyElementsOf(added);
    }

    @Test
    void archived_conversations_are_listed_apart_when_asked() {
        Conversation kept = web(owner, "kept");
        Conversation archived = web(owner, "old");
        conversations.add(kept);
        conversations.add(archived);

        conversations.change(archived.id(), archived.title(), true);

        assertThat(conversations.ofOwner(owner, Optional.of(true), Optional.empty(), 10))
                .extracting(Conversation::id).containsExactly(archived.id());
        assertThat(conversations.ofOwner(owner, Optional.of(false), Optional.empty(), 10))
                .extracting(Conversation::id).containsExactly(kept.id());
        assertThat(conversations.ofOwner(owner, Optional.empty(), Optional.empty(), 10)).hasSize(2);
    }

    @Test
    void a_change_replaces_title_and_archived_and_the_message_time_never_goes_back() {
        Conversation conversation = web(owner, "before");
        conversations.add(conversation);

        conversations.change(conversation.id(), Optional.empty(), true);
        conversations.touch(conversation.id(), AT.plusSeconds(60));
        conversations.touch(conversation.id(), AT.plusSeconds(30));

        Conversation changed = conversations.withId(conversation.id()).orElseThrow();
        assertThat(changed.title()).isEmpty();
        assertThat(changed.archived()).isTrue();
        assertThat(changed.lastMessageAt()).contains(AT.plusSeconds(60));
    }

    @Test
    void a_removed_conversation_is_gone() {
        Conversation conversation = web(owner, null);
        Conversation other = web(owner, null);
        conversations.add(conversation);
        conversations.add(other);

        conversations.remove(conversation.id());

        assertThat(conversations.withId(conversation.id())).isEmpty();
        assertThat(conversations.withId(other.id())).isPresent();
    }
}
