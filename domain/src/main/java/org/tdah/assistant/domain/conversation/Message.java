package org.tdah.assistant.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/**
 * One message of a conversation, owned by the conversation's owner whoever wrote it. A reply names
 * the message it answers, always one of the same conversation. The language is the owner's at the
 * time it was written: the one its words are searched in.
 */
public record Message(MessageId id, ConversationId conversation, AccountId owner, Author author, Channel channel,
        MessageBody body, Optional<MessageId> replyTo, Language language, Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        if (replyTo.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a message does not reply to itself");
        }
    }
}
