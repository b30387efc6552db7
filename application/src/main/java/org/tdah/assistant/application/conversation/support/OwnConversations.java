package org.tdah.assistant.application.conversation.support;

import java.util.Optional;
import java.util.function.Supplier;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The ownership check every use case of the context makes first: a conversation of someone else is
 * no conversation at all (the API answers 404 for it, exactly as for one that never existed). Each
 * use case runs inside the caller's {@link AccountScope}, so the store applies the same rule again.
 */
public final class OwnConversations {
    private final AccountScope scope;
    private final Conversations conversations;

    public OwnConversations(AccountScope scope, Conversations conversations) {
        this.scope = scope;
        this.conversations = conversations;
    }

    /** Runs the work of a use case on behalf of the caller (see {@link AccountScope}). */
    public <T> T inScopeOf(AccountId caller, Supplier<T> work) {
        return scope.as(caller, work);
    }

    public Optional<Conversation> find(AccountId caller, ConversationId id) {
        return conversations.withId(id).filter(conversation -> conversation.isOwnedBy(caller));
    }
}
