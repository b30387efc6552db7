package org.tdah.assistant.adapters.rest.conversation;

import java.util.Map;
import org.tdah.assistant.adapters.rest.live.LiveResources;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The conversation events as live events: each resource rendered exactly as the conversation
 * endpoints render it, appended to its owner's stream ({@link LiveResources}).
 */
public final class LiveConversationEvents implements ConversationEvents {
    private final LiveResources live;

    public LiveConversationEvents(LiveEventStream stream) {
        this.live = new LiveResources(stream);
    }

    @Override
    public void messageCreated(Message message) {
        append(message.owner(), "message.created", ConversationRepresentations.MessageJson.of(message));
    }

    @Override
    public void conversationChanged(Conversation conversation) {
        append(conversation.owner(), "conversation.changed", ConversationRepresentations.ConversationJson.of(conversation));
    }

    @Override
    public void conversationDeleted(AccountId owner, ConversationId conversation) {
        append(owner, "conversation.changed", Map.of("id", conversation.value(), "deleted", true));
    }

    private void append(AccountId owner, String type, Object resource) {
        live.append(owner, type, resource);
    }
}
