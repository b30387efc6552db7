package org.tdah.assistant.application.conversation.support;

import java.util.Optional;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The ownership check every use case of the context makes first: a conversation of someone else is
 * no conversation at all (the API answers 404 for it, exactly as for one that never existed).
 */
public final class OwnConversations {
    private final Conversations conversations;

    public OwnConversations(Conversations conversations) {
        this.conversations = conversations;
    }

    public Optional<Conversation> find(AccountId caller, ConversationId id) {
        return conversations.withId(id).filter(conversation -> conversation.isOwnedBy(caller));
    }
}
