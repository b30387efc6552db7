package org.tdah.assistant.application.conversation.conversations;

import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.identity.AccountId;

/** One conversation of the caller. */
public final class ViewConversation {

    /** What viewing found. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NotFound notFound);
        }

        record Found(Conversation conversation) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** No conversation of the caller has this id (someone else's is not the caller's). */
        record NotFound() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OwnConversations own;

    public ViewConversation(OwnConversations own) {
        this.own = own;
    }

    public Result view(AccountId caller, ConversationId id) {
        return own.inScopeOf(caller, () -> own.find(caller, id).<Result>map(Result.Found::new)
                .orElseGet(Result.NotFound::new));
    }
}
