package org.tdah.assistant.application.conversation.conversations;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.identity.AccountId;

/** Starts a web conversation of the caller, with a title or none. */
public final class StartConversation {
    private final AccountScope scope;
    private final Conversations conversations;
    private final ConversationEvents events;
    private final Ids ids;
    private final Clock clock;

    public StartConversation(AccountScope scope, Conversations conversations, ConversationEvents events, Ids ids,
            Clock clock) {
        this.scope = scope;
        this.events = events;
        this.conversations = conversations;
        this.ids = ids;
        this.clock = clock;
    }

    public Conversation start(AccountId caller, Optional<ConversationTitle> title) {
        Conversation conversation = Conversation.onTheWeb(new ConversationId(ids.next()), caller, title,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        scope.as(caller, () -> conversations.add(conversation));
        events.conversationChanged(conversation);
        return conversation;
    }
}
