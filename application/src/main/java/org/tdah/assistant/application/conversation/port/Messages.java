package org.tdah.assistant.application.conversation.port;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.conversation.SearchHit;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.application.conversation.SearchQuery;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Every message of every conversation. Messages are added in the order of their ids (the core
 * takes them from the time-ordered {@code Ids}), and that order is the one every list follows, so
 * that a page starting after a message never repeats or skips one, however many arrive meanwhile.
 * The search finds each message in the language it was written in (its {@code language}).
 */
public interface Messages {

    /** Stores a new message; the conversation, and the message it replies to, exist. */
    void add(Message message);

    Optional<Message> withId(MessageId id);

    /** Up to {@code limit} messages of the conversation in the window, newest first, starting after {@code after}. */
    List<Message> ofConversation(ConversationId conversation, MessageWindow window, Optional<MessageId> after, int limit);

    /**
     * The thread of {@code root}: the root and every message replying to it, directly or through
     * other replies, oldest first; up to {@code limit} of them, starting after {@code after}.
     */
    List<Message> thread(MessageId root, Optional<MessageId> after, int limit);

    /**
     * Up to {@code limit} messages of the owner matching the query in the language each was
     * written in (words stemmed, French accents ignored), best ranked first, then newest first,
     * starting after {@code after}.
     */
    List<SearchHit> search(AccountId owner, SearchQuery query, Optional<SearchPosition> after, int limit);

    /** Removes every message of the conversation, for good. */
    void removeAllOf(ConversationId conversation);
}
