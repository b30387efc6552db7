package org.tdah.assistant.testkit.conversation;

import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.port.ConversationsContract;

class InMemoryConversationsTest extends ConversationsContract {
    @Override
    protected Conversations newConversations() {
        return new InMemoryConversations();
    }
}
