package org.tdah.assistant.application.conversation.port;

import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Tells a person's open apps what changed in their conversations, once the change is committed. A
 * notification, not the record: an implementation that cannot deliver one logs it and goes on (the
 * change stands; an app that reconnects reads the resources again), so it never fails the change.
 */
public interface ConversationEvents {
    void messageCreated(Message message);

    /** The conversation was started, renamed, archived or unarchived. */
    void conversationChanged(Conversation conversation);

    /** The conversation and its messages were deleted. */
    void conversationDeleted(AccountId owner, ConversationId conversation);
}
