package org.tdah.assistant.testkit.conversation;

import java.util.ArrayList;
import java.util.List;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.identity.AccountId;

/** The conversation events, recorded in order as {@code type owner id}, for scenarios to look at. */
public final class RecordingConversationEvents implements ConversationEvents {
    private final List<String> recorded = new ArrayList<>();

    @Override
    public synchronized void messageCreated(Message message) {
        recorded.add("message.created " + message.owner().value() + " " + message.id().value());
    }

    @Override
    public synchronized void conversationChanged(Conversation conversation) {
        recorded.add("conversation.changed " + conversation.owner().value() + " " + conversation.id().value());
    }

    @Override
    public synchronized void conversationDeleted(AccountId owner, ConversationId conversation) {
        recorded.add("conversation.deleted " + owner.value() + " " + conversation.value());
    }

    public synchronized List<String> recorded() {
        return List.copyOf(recorded);
    }
}
