package org.tdah.assistant.adapters.rest.conversation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.tdah.assistant.application.conversation.SearchHit;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageId;

/** The JSON shapes of the conversation endpoints (fields may be added, never renamed). */
final class ConversationRepresentations {
    private ConversationRepresentations() {}

    record ConversationJson(String id, String channel, @Schema(nullable = true) String title, boolean archived,
            String createdAt, @Schema(nullable = true) String lastMessageAt) {
        static ConversationJson of(Conversation conversation) {
            return new ConversationJson(conversation.id().value(), conversation.channel().wireName(),
                    conversation.title().map(ConversationTitle::value).orElse(null), conversation.archived(),
                    instant(conversation.createdAt()), conversation.lastMessageAt().map(ConversationRepresentations::instant)
                            .orElse(null));
        }
    }

    /** A page of messages, as {@code PageJson<MessageJson>} writes it (named for the document). */
    record MessagePage(java.util.List<MessageJson> items, @Schema(nullable = true) String nextCursor) {}

    record MessageJson(String id, String conversationId, String author, String channel, String body,
            @Schema(nullable = true) String replyTo, String createdAt) {
        static MessageJson of(Message message) {
            return new MessageJson(message.id().value(), message.conversation().value(), message.author().wireName(),
                    message.channel().wireName(), message.body().value(),
                    message.replyTo().map(MessageId::value).orElse(null), instant(message.createdAt()));
        }
    }

    /** A search hit: the message it found, in which conversation, how well, and the marked extract. */
    record SearchHitJson(String messageId, String conversationId, String author, String createdAt, String snippet,
            float rank) {
        static SearchHitJson of(SearchHit hit) {
            Message message = hit.message();
            return new SearchHitJson(message.id().value(), message.conversation().value(), message.author().wireName(),
                    instant(message.createdAt()), hit.snippet(), hit.rank());
        }
    }

    /** A page of a list, as every list of the API answers: the items and the cursor of the next page, or null. */
    private static String instant(Instant instant) {
        return instant.toString();
    }
}
