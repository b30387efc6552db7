package org.tdah.assistant.application.conversation.messages;

import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;

/** The messages of a conversation of the caller, newest first, optionally within a time window. */
public final class ListMessages {

    /** What listing found. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Listed listed);

            T on(NoSuchConversation noSuchConversation);
        }

        record Listed(Page<Message, MessageId> page) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NoSuchConversation() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OwnConversations own;
    private final Messages messages;

    public ListMessages(OwnConversations own, Messages messages) {
        this.own = own;
        this.messages = messages;
    }

    public Result list(AccountId caller, ConversationId id, MessageWindow window, PageRequest<MessageId> page) {
        return own.inScopeOf(caller, () -> listOwn(caller, id, window, page));
    }

    private Result listOwn(AccountId caller, ConversationId id, MessageWindow window, PageRequest<MessageId> page) {
        if (own.find(caller, id).isEmpty()) {
            return new Result.NoSuchConversation();
        }
        return new Result.Listed(Page.of(messages.ofConversation(id, window, page.after(), page.oneMore()),
                page.limit(), Message::id));
    }
}
