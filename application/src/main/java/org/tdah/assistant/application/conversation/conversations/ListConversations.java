package org.tdah.assistant.application.conversation.conversations;

import java.util.Optional;
import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.identity.AccountId;

/** The caller's conversations, newest first, all of them or only the archived ones or only the others. */
public final class ListConversations {
    private final AccountScope scope;
    private final Conversations conversations;

    public ListConversations(AccountScope scope, Conversations conversations) {
        this.scope = scope;
        this.conversations = conversations;
    }

    public Page<Conversation, ConversationId> list(AccountId caller, Optional<Boolean> archived,
            PageRequest<ConversationId> page) {
        return scope.as(caller, () -> Page.of(conversations.ofOwner(caller, archived, page.after(), page.oneMore()),
                page.limit(), Conversation::id));
    }
}
