package org.tdah.assistant.application.conversation.conversations;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.tdah.assistant.application.conversation.port.AccountScope;
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
    private final Ids ids;
    private final Clock clock;

    public StartConversation(AccountScope scope, Conversations conversations, Ids ids, Clock clock) {
        this.scope = scope;
        this.conversations = conversations;
        this.ids = ids;
        this.clock = clock;
    }

    public Conversation start(AccountId caller, Optional<ConversationTitle> title) {
        Conversation conversation = Conversation.onTheWeb(new ConversationId(ids.next()), caller, title,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        scope.as(caller, () -> conversations.add(conversation));
        return conversation;
    }
}
