package org.tdah.assistant.application.conversation.messages;

import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;

/** A message of a conversation of the caller and every reply to it (replies to replies too), oldest first. */
public final class ViewThread {

    /** What viewing found. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Listed listed);

            T on(NoSuchConversation noSuchConversation);

            T on(NoSuchMessage noSuchMessage);
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

        /** The conversation has no message with this id. */
        record NoSuchMessage() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OwnConversations own;
    private final Messages messages;

    public ViewThread(OwnConversations own, Messages messages) {
        this.own = own;
        this.messages = messages;
    }

    public Result view(AccountId caller, ConversationId id, MessageId root, PageRequest<MessageId> page) {
        return own.inScopeOf(caller, () -> viewOwn(caller, id, root, page));
    }

    private Result viewOwn(AccountId caller, ConversationId id, MessageId root, PageRequest<MessageId> page) {
        if (own.find(caller, id).isEmpty()) {
            return new Result.NoSuchConversation();
        }
        if (messages.withId(root).filter(message -> message.conversation().equals(id)).isEmpty()) {
            return new Result.NoSuchMessage();
        }
        return new Result.Listed(Page.of(messages.thread(root, page.after(), page.oneMore()), page.limit(),
                Message::id));
    }
}
