package org.tdah.assistant.adapters.metrics;

import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The conversation context's events, counting each message once it is committed (the port is told
 * after the commit, once per message), by channel and author.
 */
public final class CountedConversationEvents implements ConversationEvents {
    private final ConversationEvents events;
    private final AssistantMetrics metrics;

    public CountedConversationEvents(ConversationEvents events, AssistantMetrics metrics) {
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public void messageCreated(Message message) {
        metrics.messageStored(message.channel(), message.author());
        events.messageCreated(message);
    }

    @Override
    public void conversationChanged(Conversation conversation) {
        events.conversationChanged(conversation);
    }

    @Override
    public void conversationDeleted(AccountId owner, ConversationId conversation) {
        events.conversationDeleted(owner, conversation);
    }
}
