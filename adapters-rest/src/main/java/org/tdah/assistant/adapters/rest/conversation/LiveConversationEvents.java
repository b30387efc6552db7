package org.tdah.assistant.adapters.rest.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The conversation events as live events: each resource rendered exactly as the conversation
 * endpoints render it, appended to its owner's stream. When the stream cannot be reached the
 * event is logged and dropped: the change itself is committed, and an app that reconnects reads
 * the resources again (docs/decisions/0017).
 */
public final class LiveConversationEvents implements ConversationEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LiveConversationEvents.class);
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    private final LiveEventStream stream;

    public LiveConversationEvents(LiveEventStream stream) {
        this.stream = stream;
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
        try {
            stream.append(owner, type, JSON.writeValueAsString(resource));
        } catch (DependencyUnavailableException unavailable) {
            LOG.warn("a live {} event was not delivered: {} is unavailable", type, unavailable.dependency());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a conversation resource did not render as JSON", impossible);
        }
    }
}
