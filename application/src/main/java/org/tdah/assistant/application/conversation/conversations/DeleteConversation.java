package org.tdah.assistant.application.conversation.conversations;

import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.identity.AccountId;

/** Deletes a conversation of the caller and every message in it, for good, in one transaction. */
public final class DeleteConversation {

    /** How deleting ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Deleted deleted);

            T on(NotFound notFound);
        }

        record Deleted() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NotFound() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OwnConversations own;
    private final Conversations conversations;
    private final Messages messages;
    private final ConversationEvents events;
    private final Transactions transactions;

    public DeleteConversation(OwnConversations own, Conversations conversations, Messages messages,
            ConversationEvents events, Transactions transactions) {
        this.events = events;
        this.own = own;
        this.conversations = conversations;
        this.messages = messages;
        this.transactions = transactions;
    }

    public Result delete(AccountId caller, ConversationId id) {
        Result result = own.inScopeOf(caller, () -> transactions.inTransaction(() -> {
            if (own.find(caller, id).isEmpty()) {
                return new Result.NotFound();
            }
            messages.removeAllOf(id);
            conversations.remove(id);
            return new Result.Deleted();
        }));
        if (result instanceof Result.Deleted) {
            events.conversationDeleted(caller, id);
        }
        return result;
    }
}
