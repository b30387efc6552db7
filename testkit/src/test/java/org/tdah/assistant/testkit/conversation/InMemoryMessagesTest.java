package org.tdah.assistant.testkit.conversation;

import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.conversation.port.MessagesContract;

class InMemoryMessagesTest extends MessagesContract {
    @Override
    protected Conversations newConversations() {
        return new InMemoryConversations();
    }

    @Override
    protected Messages messagesBeside(Conversations conversations) {
        return new InMemoryMessages();
    }
}
